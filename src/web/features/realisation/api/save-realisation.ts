import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { api } from '../../../lib/api-client';
import { storePeriod } from './get-period';
import { ikiPeriodPath } from './keys';

export interface RealisationSave {
  skpId: string;
  periodId: string;
  ikiId: string;
  value: number | null;
  narrative: string;
  rencanaAksi: string;
}

export function saveRealisation({ skpId, periodId, ikiId, ...body }: RealisationSave): Promise<PeriodRealisationView> {
  return api.put<PeriodRealisationView>(ikiPeriodPath(skpId, periodId, ikiId), body);
}

export function useSaveRealisation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveRealisation, onSuccess: (reply) => storePeriod(queryClient, reply) });
}
