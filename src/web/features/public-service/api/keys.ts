/** Every query key of this feature starts with 'publicService', so one invalidation refreshes them all. */
export const publicServiceKeys = {
  all: ['publicService'] as const,
  publicUnits: () => ['publicService', 'public', 'units'] as const,
  publicUnit: (slug: string) => ['publicService', 'public', 'unit', slug] as const,
  ticket: (ticket: string) => ['publicService', 'public', 'ticket', ticket] as const,
  dashboard: (year: number | undefined) => ['publicService', 'public', 'dashboard', year ?? 'current'] as const,
  units: () => ['publicService', 'units'] as const,
  unit: (id: string) => ['publicService', 'unit', id] as const,
  inbox: (unitId: string, filter: Record<string, string | undefined>) => ['publicService', 'inbox', unitId, filter] as const,
  assigned: (status: string | undefined) => ['publicService', 'assigned', status ?? 'all'] as const,
  complaint: (id: string) => ['publicService', 'complaint', id] as const,
  ikm: (unitId: string, periodId: string) => ['publicService', 'ikm', unitId, periodId] as const,
};
