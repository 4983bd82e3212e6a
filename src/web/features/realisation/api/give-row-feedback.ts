import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackInput, FeedbackView } from '../../../../shared/schemas/feedback';
import { api } from '../../../lib/api-client';
import { realisationKeys } from './keys';

/** Umpan balik on one RHK row or one core value of a period (POST /api/feedback). */
export function giveRowFeedback(body: FeedbackInput): Promise<FeedbackView> {
  return api.post<FeedbackView>('/feedback', body);
}

export function useGiveRowFeedback(skpId: string, periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveRowFeedback,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: realisationKeys.period(skpId, periodId) });
      // The feedback stream (another feature) keeps its keys under 'feedback'.
      void queryClient.invalidateQueries({ queryKey: ['feedback'] });
    },
  });
}
