/** Every query key of the 360 feature starts with 'feedback360', so one invalidation refreshes them all. */
export const feedback360Keys = {
  all: ['feedback360'] as const,
  inbox: () => ['feedback360', 'inbox'] as const,
  subject: (pegawaiId: string, periodId: string) => ['feedback360', 'subject', pegawaiId, periodId] as const,
  publicForm: (token: string) => ['feedback360', 'public', token] as const,
};
