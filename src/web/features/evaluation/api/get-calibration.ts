import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys } from './keys';
import type { CalibrationView } from './types';

/** The caller's own group as penilai in one period. */
export function getCalibration(periodId: string, signal?: AbortSignal): Promise<CalibrationView> {
  return api.get<CalibrationView>('/calibration', { query: { periodId }, signal });
}

export function useCalibration(periodId: string) {
  return useQuery({ queryKey: evaluationKeys.calibration(periodId), queryFn: ({ signal }) => getCalibration(periodId, signal), enabled: periodId !== '', placeholderData: keepPreviousData });
}
