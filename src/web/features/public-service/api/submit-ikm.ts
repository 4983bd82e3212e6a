import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { IkmReceipt, IkmSubmission } from './types';

// One device, one respondent: the token is kept across visits so the unit counts this device once a period.
const TOKEN_KEY = 'kinerja.ikm.respondent';

function storedToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

async function respondentToken(slug: string): Promise<string> {
  const kept = storedToken();
  if (kept) return kept;
  const { token } = await api.post<{ token: string }>(`/public/service-units/${encodeURIComponent(slug)}/ikm/token`, {});
  try {
    window.localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Private browsing without storage: the token lives for this answer only.
  }
  return token;
}

export async function submitIkm({ slug, ...answer }: Omit<IkmSubmission, 'respondentToken'> & { slug: string }): Promise<IkmReceipt> {
  const token = await respondentToken(slug);
  return api.post<IkmReceipt>(`/public/service-units/${encodeURIComponent(slug)}/ikm`, { ...answer, respondentToken: token });
}

export function useSubmitIkm() {
  return useMutation({ mutationFn: submitIkm });
}
