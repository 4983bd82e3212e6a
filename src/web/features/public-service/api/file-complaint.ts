import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
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
  return api.postForm<Receipt>(path, form);
}

export function useFileComplaint() {
  return useMutation({ mutationFn: fileComplaint });
}
