import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importStreamLine, type ImportKind, type ImportPhase, type ImportResult } from '../../../../shared/schemas/imports';
import { api, toApiError, type RawReply } from '../../../lib/api-client';
import type { ApiError } from '../../../lib/api-error';

export interface ImportRequest {
  kind: ImportKind;
  file: File;
  /** "Periksa dulu": the server checks every row and writes nothing. */
  dryRun: boolean;
}

/** Where the import is: the upload (bytes sent), then the server's phases (rows done). */
export type ImportStage = { step: 'upload'; done: number; total: number } | { step: ImportPhase; done: number; total?: number };

const NDJSON = 'application/x-ndjson';

/** Reads the NDJSON reply as it streams in: progress lines go to `onStage`, the last line is the outcome. */
function importReader(onStage: (stage: ImportStage) => void) {
  let read = 0;
  let outcome: { result: ImportResult } | { error: ApiError } | null = null;
  const consume = (reply: RawReply) => {
    if (!reply.contentType.includes(NDJSON)) return;
    const end = reply.text.lastIndexOf('\n') + 1;
    for (const raw of reply.text.slice(read, end).split('\n')) {
      if (!raw.trim()) continue;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        continue;
      }
      const parsed = importStreamLine.safeParse(json);
      if (!parsed.success) continue;
      const line = parsed.data;
      if (line.type === 'progress') onStage({ step: line.phase, done: line.done, ...(line.total === undefined ? {} : { total: line.total }) });
      else if (line.type === 'result') {
        const { type: _type, ...result } = line;
        outcome = { result };
      } else outcome = { error: toApiError(line.status, line) };
    }
    read = end;
  };
  return { consume, outcome: () => outcome };
}

/** POST /api/imports/{kind} as multipart with upload progress. The reply is NDJSON: progress lines, then one result or error line. */
export async function runImport({ kind, file, dryRun }: ImportRequest, onStage: (stage: ImportStage) => void): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const reader = importReader(onStage);
  const reply = await api.sendForm(`/imports/${kind}`, form, {
    query: { dryRun: dryRun ? 'true' : undefined },
    accept: NDJSON,
    onUploadProgress: ({ loaded, total }) => onStage({ step: 'upload', done: loaded, total }),
    onReplyProgress: reader.consume,
  });
  reader.consume(reply);
  const outcome = reader.outcome();
  if (outcome && 'result' in outcome) return outcome.result;
  throw outcome?.error ?? toApiError(500, null);
}

/** The import as a mutation, with the stage it has reached for the progress bar. */
export function useRunImport() {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<ImportStage | null>(null);
  const mutation = useMutation({
    mutationFn: (request: ImportRequest) => {
      setStage({ step: 'upload', done: 0, total: request.file.size });
      return runImport(request, setStage);
    },
    onSuccess: (result) => {
      // Imported units and pegawai show up everywhere: every cached reply but the session is refetched.
      if (!result.dryRun) void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    },
  });
  return { ...mutation, stage };
}
