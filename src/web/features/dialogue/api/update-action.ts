import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DialogueView } from '../../../../shared/schemas/dialogue';
import { api } from '../../../lib/api-client';
import { dialogueKeys } from './keys';

export interface ActionUpdate {
  dialogueId: string;
  actionId: string;
  status: 'OPEN' | 'DONE';
  followUp: string;
}

export function updateAction({ dialogueId, actionId, status, followUp }: ActionUpdate): Promise<DialogueView> {
  return api.patch<DialogueView>(`/dialogues/${encodeURIComponent(dialogueId)}/actions/${encodeURIComponent(actionId)}`, { status, followUp });
}

export function useUpdateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dialogueKeys.all }),
  });
}
