import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorCodes, type ErrorCode } from '../../../../shared/errors';
import type { EvidenceView } from '../../../../shared/schemas/execution';
import { env } from '../../../config/env';
import { currentLanguage } from '../../../i18n';
import { getCsrfToken } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { reportServerReachable } from '../../../lib/network-status';
import { refreshRealisation } from './get-period';
import { ikiPeriodPath } from './keys';

export interface EvidenceUpload {
  skpId: string;
  periodId: string;
  ikiId: string;
  file: File;
  title?: string | undefined;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

type ErrorReply = { error?: { code?: string; message?: string; details?: ApiError['details']; requestId?: string } } | null;

function parseReply(text: string): ErrorReply {
  try {
    return JSON.parse(text) as ErrorReply;
  } catch {
    // A proxy's HTML page: the status alone says what happened.
    return null;
  }
}

function errorFromReply(status: number, text: string): ApiError {
  const error = parseReply(text)?.error;
  const fallback: ErrorCode = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 422 ? 'RULE_VIOLATION' : status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
  const code = error?.code && error.code in errorCodes ? (error.code as ErrorCode) : fallback;
  return new ApiError({ code, status, message: error?.message ?? errorCodes[code][currentLanguage()], details: error?.details ?? [], requestId: error?.requestId });
}

/**
 * POST the file as multipart through XMLHttpRequest, because fetch cannot report upload progress
 * (a photo over a slow mobile connection takes a while). The title goes before the file, so the
 * server can read it before it streams the file.
 */
export function uploadEvidence({ skpId, periodId, ikiId, file, title }: EvidenceUpload, onProgress: (progress: UploadProgress) => void): Promise<EvidenceView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${env.apiBaseUrl}${ikiPeriodPath(skpId, periodId, ikiId)}/evidence`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onerror = () => {
      reportServerReachable(false);
      reject(new ApiError({ code: 'NETWORK', status: 0, message: 'Network error' }));
    };
    xhr.onload = () => {
      reportServerReachable(true);
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(errorFromReply(xhr.status, xhr.responseText));
        return;
      }
      try {
        resolve(JSON.parse(xhr.responseText) as EvidenceView);
      } catch {
        reject(errorFromReply(500, ''));
      }
    };
    const form = new FormData();
    if (title?.trim()) form.append('title', title.trim());
    form.append('file', file, file.name);
    xhr.send(form);
  });
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
