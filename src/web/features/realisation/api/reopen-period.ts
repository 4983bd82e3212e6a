import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { api } from '../../../lib/api-client';
import { storePeriod } from './get-period';
import { periodPath } from './keys';

/** Buka kembali: the pejabat penilai reopens a submitted period, with the reason the pegawai is sent. */
export function reopenPeriod({ skpId, periodId, reason }: { skpId: string; periodId: string; reason: string }): Promise<PeriodRealisationView> {
  return api.post<PeriodRealisationView>(`${periodPath(skpId, periodId)}/reopen`, { reason });
}

export function useReopenPeriod() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reopenPeriod, onSuccess: (reply) => storePeriod(queryClient, reply) });
}
