import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { finaliseResult } from '../../../../shared/schemas/evaluation';
import { api } from '../../../lib/api-client';
import { evaluationKeys } from './keys';

type FinaliseResult = z.infer<typeof finaliseResult>;

export function finaliseGroup(body: { periodId: string; justification?: string }): Promise<FinaliseResult> {
  return api.post<FinaliseResult>('/calibration/finalise', body);
}

export function useFinalise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: finaliseGroup,
    onSuccess: (reply, body) => {
      queryClient.setQueryData(evaluationKeys.calibration(body.periodId), reply.calibration);
      void queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] === 'evaluation' && queryKey[1] !== 'calibration' });
    },
  });
}
