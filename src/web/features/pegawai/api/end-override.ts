import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PegawaiDetail } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';
import { storeUpdatedPegawai } from './get-pegawai';

export interface EndOverrideInput {
  pegawaiId: string;
  overrideId: string;
  validTo: string;
}

export function endOverride({ pegawaiId, overrideId, validTo }: EndOverrideInput): Promise<PegawaiDetail> {
  return api.post<PegawaiDetail>(`/pegawai/${encodeURIComponent(pegawaiId)}/overrides/${encodeURIComponent(overrideId)}/end`, { validTo });
}

export function useEndOverride() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endOverride,
    onSuccess: (reply) => storeUpdatedPegawai(queryClient, reply, 'pegawai'),
  });
}
