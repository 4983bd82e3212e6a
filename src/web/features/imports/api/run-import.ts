import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorCodes, type ErrorCode } from '../../../../shared/errors';
import { importStreamLine, type ImportKind, type ImportPhase, type ImportResult } from '../../../../shared/schemas/imports';
import { env } from '../../../config/env';
import { currentLanguage } from '../../../i18n';
import { getCsrfToken } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { reportServerReachable } from '../../../lib/network-status';

export interface ImportRequest {
  kind: ImportKind;
  file: File;
  /** "Periksa dulu": the server checks every row and writes nothing. */
  dryRun: boolean;
}

/** Where the import is: the upload (bytes sent), then the server's phases (rows done). */
export type ImportStage = { step: 'upload'; done: number; total: number } | { step: ImportPhase; done: number; total?: number };

const NDJSON = 'application/x-ndjson';

function errorFromBody(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: ApiError['details']; requestId?: string } } | null)?.error;
  const fallback: ErrorCode = status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
  const code = error?.code && error.code in errorCodes ? (error.code as ErrorCode) : fallback;
  return new ApiError({
    code,
    status,
    message: error?.message ?? errorCodes[code][currentLanguage()],
    details: error?.details ?? [],
    requestId: error?.requestId,
  });
}

/**
 * POST /api/imports/{kind} as multipart through XMLHttpRequest: fetch cannot report upload
 * progress. The reply is NDJSON: progress lines, then one result or error line.
 */
export function runImport({ kind, file, dryRun }: ImportRequest, onStage: (stage: ImportStage) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let outcome: { result: ImportResult } | { error: ApiError } | null = null;

    const consume = () => {
      if (!xhr.getResponseHeader('content-type')?.includes(NDJSON)) return;
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n') + 1;
      for (const raw of text.slice(read, end).split('\n')) {
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
        } else outcome = { error: errorFromBody(line.status, line) };
      }
      read = end;
    };

    xhr.open('POST', `${env.apiBaseUrl}/imports/${kind}${dryRun ? '?dryRun=true' : ''}`);
    xhr.setRequestHeader('Accept', NDJSON);
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => onStage({ step: 'upload', done: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onprogress = consume;
    xhr.onerror = () => {
      reportServerReachable(false);
      reject(new ApiError({ code: 'NETWORK', status: 0, message: 'Network error' }));
    };
    xhr.onload = () => {
      reportServerReachable(true);
      if (xhr.status !== 200) {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // A proxy's HTML page: the status alone says what happened.
        }
        reject(errorFromBody(xhr.status, body));
        return;
      }
      consume();
      const done = outcome as { result: ImportResult } | { error: ApiError } | null;
      if (done && 'result' in done) resolve(done.result);
      else reject(done?.error ?? new ApiError({ code: 'INTERNAL', status: 500, message: errorCodes.INTERNAL[currentLanguage()] }));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
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
