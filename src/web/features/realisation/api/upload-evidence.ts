import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceView } from '../../../../shared/schemas/execution';
import { api, type TransferProgress } from '../../../lib/api-client';
import { refreshRealisation } from './get-period';
import { ikiPeriodPath } from './keys';

export interface EvidenceUpload {
  skpId: string;
  periodId: string;
  ikiId: string;
  file: File;
  title?: string | undefined;
}

export type UploadProgress = TransferProgress;

/** POST the file as multipart, reporting progress. The title goes before the file, so the server can read it before it streams the file. */
export function uploadEvidence({ skpId, periodId, ikiId, file, title }: EvidenceUpload, onProgress: (progress: UploadProgress) => void): Promise<EvidenceView> {
  const form = new FormData();
  if (title?.trim()) form.append('title', title.trim());
  form.append('file', file, file.name);
  return api.postForm<EvidenceView>(`${ikiPeriodPath(skpId, periodId, ikiId)}/evidence`, form, { onUploadProgress: onProgress });
}

/** The upload as a mutation, with its progress for the bar. */
export function useUploadEvidence() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (upload: EvidenceUpload) => {
      setProgress({ loaded: 0, total: upload.file.size });
      return uploadEvidence(upload, setProgress);
    },
    onSuccess: () => refreshRealisation(queryClient),
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
