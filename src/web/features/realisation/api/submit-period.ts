import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { api } from '../../../lib/api-client';
import { storePeriod } from './get-period';
import { periodPath } from './keys';

/** Kirim realisasi: the period goes to the atasan for review. */
export function submitPeriod({ skpId, periodId }: { skpId: string; periodId: string }): Promise<PeriodRealisationView> {
  return api.post<PeriodRealisationView>(`${periodPath(skpId, periodId)}/submit`);
}

export function useSubmitPeriod() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: submitPeriod, onSuccess: (reply) => storePeriod(queryClient, reply) });
}
