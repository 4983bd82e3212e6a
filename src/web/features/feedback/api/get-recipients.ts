import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

export interface FeedbackRecipient {
  pegawaiId: string;
  name: string;
  nip: string;
  jabatan: string | null;
  relation: 'ATASAN' | 'PENILAI' | 'REKAN' | 'BAWAHAN' | 'LAINNYA';
}

/** The people the caller works with (atasan, bawahan, rekan): whom they may write feedback to. */
export function getRecipients(signal?: AbortSignal): Promise<{ items: FeedbackRecipient[] }> {
  return api.get<{ items: FeedbackRecipient[] }>('/feedback/recipients', { signal });
}

export function useFeedbackRecipients() {
  return useQuery({ queryKey: feedbackKeys.recipients(), queryFn: ({ signal }) => getRecipients(signal), staleTime: 5 * 60_000 });
}
