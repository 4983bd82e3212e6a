import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dialoguePage } from '../../../../shared/schemas/dialogue';
import { api } from '../../../lib/api-client';
import { dialogueKeys } from './keys';

export type DialoguePage = z.infer<typeof dialoguePage>;

export const DIALOGUE_PAGE_SIZE = 20;

/** Newest first; '' is every dialogue the caller may read (their own and their team's). */
export function getDialogues(pegawaiId: string, cursor: string | undefined, signal?: AbortSignal): Promise<DialoguePage> {
  return api.get<DialoguePage>('/dialogues', { query: { pegawaiId, cursor, limit: DIALOGUE_PAGE_SIZE }, signal });
}

export function useDialogues(pegawaiId: string) {
  return useInfiniteQuery({
    queryKey: dialogueKeys.list(pegawaiId),
    queryFn: ({ pageParam, signal }) => getDialogues(pegawaiId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
