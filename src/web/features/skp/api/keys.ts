/** Every query key of the SKP feature starts with 'skp', so one invalidation refreshes them all. */
export const skpKeys = {
  all: ['skp'] as const,
  list: (scope: string, year: number | undefined, status: string) => ['skp', 'list', scope, year ?? '', status] as const,
  detail: (skpId: string) => ['skp', 'detail', skpId] as const,
  revision: (skpId: string, revision: number) => ['skp', 'revision', skpId, revision] as const,
  matrix: (year: number | undefined) => ['skp', 'matrix', year ?? ''] as const,
  pohon: (opdId: string, year: number | undefined) => ['skp', 'pohon', opdId, year ?? ''] as const,
  orgGoals: (opdId: string, year: number | undefined) => ['skp', 'org-goals', opdId, year ?? ''] as const,
};
