import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DialogueView, dialogueInput } from '../../../../shared/schemas/dialogue';
import { api } from '../../../lib/api-client';
import { dialogueKeys } from './keys';

export type DialogueDraft = z.input<typeof dialogueInput>;

export function createDialogue(input: DialogueDraft): Promise<DialogueView> {
  return api.post<DialogueView>('/dialogues', input);
}

export function useCreateDialogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDialogue,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dialogueKeys.all }),
  });
}
