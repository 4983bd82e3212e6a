/** Every query key of the dialogue log starts with 'dialogue', so one invalidation refreshes them all. */
export const dialogueKeys = {
  all: ['dialogue'] as const,
  list: (pegawaiId: string) => ['dialogue', 'list', pegawaiId] as const,
  detail: (id: string) => ['dialogue', 'detail', id] as const,
};
