import { useMutation } from '@tanstack/react-query';
import { errorCodes, type ErrorCode } from '../../../../shared/errors';
import { env } from '../../../config/env';
import { currentLanguage } from '../../../i18n';
import { api } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { reportServerReachable } from '../../../lib/network-status';
import type { ComplaintCategory, Receipt } from './types';

export interface ComplaintForm {
  slug: string;
  category: ComplaintCategory;
  description: string;
  name: string;
  phone: string;
  email: string;
  /** The honeypot: people never see it, so it stays empty unless a bot fills it. */
  website: string;
  photo: File | null;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: ApiError['details']; requestId?: string } } | null;
  const fallback: ErrorCode = response.status === 413 ? 'PAYLOAD_TOO_LARGE' : response.status === 429 ? 'RATE_LIMITED' : response.status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
  const code = body?.error?.code && body.error.code in errorCodes ? (body.error.code as ErrorCode) : fallback;
  return new ApiError({ code, status: response.status, message: body?.error?.message ?? errorCodes[code][currentLanguage()], details: body?.error?.details ?? [], requestId: body?.error?.requestId });
}

/**
 * Without a photo the complaint goes as JSON through the API client; with one, as
 * multipart/form-data (fields first, then the photo, as the server reads them in order).
 */
export async function fileComplaint({ slug, photo, ...fields }: ComplaintForm): Promise<Receipt> {
  const path = `/public/service-units/${encodeURIComponent(slug)}/complaints`;
  if (!photo) return api.post<Receipt>(path, fields);
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('photo', photo, photo.name);
  let response: Response;
  try {
    response = await fetch(`${env.apiBaseUrl}${path}`, { method: 'POST', body: form, headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() }, credentials: 'same-origin' });
  } catch {
    reportServerReachable(false);
    throw new ApiError({ code: 'NETWORK', status: 0, message: 'Network error' });
  }
  reportServerReachable(true);
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as Receipt;
}

export function useFileComplaint() {
  return useMutation({ mutationFn: fileComplaint });
}
