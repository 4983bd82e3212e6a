import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SkpSummary, SkpView } from '../../../../shared/schemas/planning';
import { currentYear, yearsQuery } from '../../../api/years';
import { todayIso } from '../../../lib/dates';
import { api } from '../../../lib/api-client';
import { choosePeriod } from '../utils/choose-period';
import { realisationKeys, skpPath } from './keys';

export type RealisationTarget =
  | { kind: 'period'; skpId: string; periodId: string }
  /** No SKP this year, or one not yet approved: realisation starts after approval. */
  | { kind: 'no-approved-skp'; year: number; status: SkpSummary['status'] | null }
  | { kind: 'no-period'; year: number };

// An SKP under revision is back in draft, but its approved revision still holds for realisation.
const isApproved = (skp: { status: SkpSummary['status']; revision: number }) => skp.status === 'DISETUJUI' || skp.revision > 1;

/**
 * Where "Realisasi saya" (or the SKP page's entry point, with `skpId`) leads: the SKP's current
 * or latest open period. Resolved on the client from the SKP list and the years.
 */
export async function resolveMyPeriod(queryClient: QueryClient, skpId: string | null, signal?: AbortSignal): Promise<RealisationTarget> {
  // Asked afresh (a period may have opened since), into the cache every feature reads the years from.
  const { items: years } = await queryClient.fetchQuery({ ...yearsQuery, staleTime: 0 });
  let skp: { id: string; year: number; status: SkpSummary['status']; revision: number } | undefined;
  let year: number;
  if (skpId) {
    skp = await api.get<SkpView>(skpPath(skpId), { signal });
    year = skp.year;
  } else {
    year = currentYear(years);
    const list = await api.get<{ items: SkpSummary[] }>('/skp', { query: { scope: 'mine', year, limit: 20 }, signal });
    const running = list.items.filter((item) => item.validTo === null);
    skp = running.find(isApproved) ?? running[0] ?? list.items[0];
  }
  if (!skp || !isApproved(skp)) return { kind: 'no-approved-skp', year, status: skp?.status ?? null };
  const period = choosePeriod(years.find((y) => y.year === year)?.periods ?? [], todayIso());
  if (!period) return { kind: 'no-period', year };
  return { kind: 'period', skpId: skp.id, periodId: period.id };
}

export function useMyPeriod(skpId: string | null) {
  const queryClient = useQueryClient();
  // Resolved afresh on every visit: approval or a new period may have happened since.
  return useQuery({ queryKey: realisationKeys.resolve(skpId), queryFn: ({ signal }) => resolveMyPeriod(queryClient, skpId, signal), staleTime: 0, gcTime: 0 });
}
