import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedback360Keys } from './keys';
import type { Feedback360Answer } from './types';

export function answerRequest({ requestId, answer }: { requestId: string; answer: Feedback360Answer }): Promise<unknown> {
  return api.post(`/feedback360/requests/${encodeURIComponent(requestId)}/answer`, answer);
}

export function useAnswerRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedback360Keys.all }),
  });
}
