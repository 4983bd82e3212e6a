import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { IkmReceipt, IkmSubmission } from './types';

export function submitIkm({ slug, ...answer }: IkmSubmission & { slug: string }): Promise<IkmReceipt> {
  return api.post<IkmReceipt>(`/public/service-units/${encodeURIComponent(slug)}/ikm`, answer);
}

export function useSubmitIkm() {
  return useMutation({ mutationFn: submitIkm });
}
