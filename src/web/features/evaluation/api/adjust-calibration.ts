import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalibrationAdjustInput } from '../../../../shared/schemas/evaluation';
import { api } from '../../../lib/api-client';
import { storeEvaluation } from './get-evaluation';
import { evaluationPath } from './keys';
import type { EvaluationView } from './types';

/** A quick adjustment from the calibration screen, always with its reason. */
export function adjustCalibration({ evaluationId, body }: { evaluationId: string; body: CalibrationAdjustInput }): Promise<EvaluationView> {
  return api.post<EvaluationView>(`${evaluationPath(evaluationId)}/calibration`, body);
}

export function useAdjustCalibration() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: adjustCalibration, onSuccess: (reply) => storeEvaluation(queryClient, reply) });
}
