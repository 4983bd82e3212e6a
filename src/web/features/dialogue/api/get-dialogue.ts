import { useQuery } from '@tanstack/react-query';
import type { DialogueView } from '../../../../shared/schemas/dialogue';
import { api } from '../../../lib/api-client';
import { dialogueKeys } from './keys';

/** One dialogue: where a notification about it leads. */
export function getDialogue(id: string, signal?: AbortSignal): Promise<DialogueView> {
  return api.get<DialogueView>(`/dialogues/${encodeURIComponent(id)}`, { signal });
}

export function useDialogue(id: string) {
  return useQuery({ queryKey: dialogueKeys.detail(id), queryFn: ({ signal }) => getDialogue(id, signal) });
}
