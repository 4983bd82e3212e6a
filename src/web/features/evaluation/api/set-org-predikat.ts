import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgPredikatInput } from '../../../../shared/schemas/evaluation';
import { api } from '../../../lib/api-client';
import type { OrgPredikatView } from './types';

export function setOrgPredikat({ unitId, body }: { unitId: string; body: OrgPredikatInput }): Promise<OrgPredikatView> {
  return api.put<OrgPredikatView>(`/units/${encodeURIComponent(unitId)}/org-predikat`, body);
}

/** A unit's predikat changes what the units below inherit and every curve: refetch the feature. */
export function useSetOrgPredikat() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setOrgPredikat, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['evaluation'] }) });
}
