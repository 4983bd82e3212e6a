import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export interface OpdOption {
  id: string;
  name: string;
}

interface UnitItem {
  id: string;
  name: string;
  isOpd: boolean;
}

/** The OPD the caller may see (GET /api/units is filtered by the server), for the OPD pickers. */
export async function getOpdOptions(signal?: AbortSignal): Promise<OpdOption[]> {
  const reply = await api.get<{ items: UnitItem[] }>('/units', { signal });
  return reply.items.filter((unit) => unit.isOpd).map(({ id, name }) => ({ id, name }));
}

export function useOpdOptions() {
  return useQuery({ queryKey: skpKeys.opds(), queryFn: ({ signal }) => getOpdOptions(signal), staleTime: 5 * 60_000 });
}
