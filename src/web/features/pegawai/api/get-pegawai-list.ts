import { useInfiniteQuery } from '@tanstack/react-query';
import type { JenisJabatanValue, PegawaiPage } from '../../../../shared/schemas/organisation';
import { pegawaiKeys } from '../../../api/pegawai';
import { api } from '../../../lib/api-client';

export interface PegawaiFilters {
  q: string;
  opdId: string;
  unitId: string;
  jenisJabatan: JenisJabatanValue | '';
  chain: '' | 'incomplete';
}

export const PEGAWAI_PAGE_SIZE = 50;

/** One keyset page; the server silently keeps to the caller's scope. */
export function getPegawaiPage(filters: PegawaiFilters, cursor: string | undefined, signal?: AbortSignal): Promise<PegawaiPage> {
  return api.get<PegawaiPage>('/pegawai', { query: { ...filters, cursor, limit: PEGAWAI_PAGE_SIZE }, signal });
}

export function usePegawaiList(filters: PegawaiFilters) {
  return useInfiniteQuery({
    queryKey: pegawaiKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getPegawaiPage(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
