import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackInput, FeedbackView } from '../../../../shared/schemas/feedback';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

export function giveFeedback(body: FeedbackInput): Promise<FeedbackView> {
  return api.post<FeedbackView>('/feedback', body);
}

export function useGiveFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveFeedback,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      // Feedback on an RHK row also shows on the realisation pages (another feature's keys).
      void queryClient.invalidateQueries({ queryKey: ['realisation'] });
    },
  });
}
