import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DialogueView } from '../../../../shared/schemas/dialogue';
import { api } from '../../../lib/api-client';
import { dialogueKeys } from './keys';

export interface CoachingFeedback {
  dialogueId: string;
  answers: boolean[];
  comment: string;
}

/** Format B.1.8: goes to the leader's own superior, not to the leader. */
export function sendCoachingFeedback({ dialogueId, answers, comment }: CoachingFeedback): Promise<DialogueView> {
  return api.put<DialogueView>(`/dialogues/${encodeURIComponent(dialogueId)}/coaching-feedback`, { answers, comment });
}

export function useSendCoachingFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendCoachingFeedback,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dialogueKeys.all }),
  });
}
