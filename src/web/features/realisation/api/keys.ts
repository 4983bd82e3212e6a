/** Every query key of the realisation feature starts with 'realisation', so one invalidation refreshes them all. */
export const realisationKeys = {
  all: ['realisation'] as const,
  period: (skpId: string, periodId: string) => ['realisation', 'period', skpId, periodId] as const,
  progress: (skpId: string) => ['realisation', 'progress', skpId] as const,
  team: (periodId: string) => ['realisation', 'team', periodId] as const,
  resolve: (skpId: string | null) => ['realisation', 'resolve', skpId ?? 'mine'] as const,
};

export const skpPath = (skpId: string) => `/skp/${encodeURIComponent(skpId)}`;
export const periodPath = (skpId: string, periodId: string) => `${skpPath(skpId)}/periods/${encodeURIComponent(periodId)}`;
export const ikiPeriodPath = (skpId: string, periodId: string, ikiId: string) => `${periodPath(skpId, periodId)}/iki/${encodeURIComponent(ikiId)}`;
