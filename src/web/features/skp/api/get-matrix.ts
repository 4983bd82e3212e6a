import { useQuery } from '@tanstack/react-query';
import type { MatrixView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export function getMatrix(year: number | undefined, signal?: AbortSignal): Promise<MatrixView> {
  return api.get<MatrixView>('/skp-matrix', { query: { year }, signal });
}

export function useMatrix(year: number | undefined) {
  return useQuery({ queryKey: skpKeys.matrix(year), queryFn: ({ signal }) => getMatrix(year, signal), enabled: year !== undefined });
}
