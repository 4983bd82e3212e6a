import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateOverrideRequest, PegawaiDetail } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';
import { storeUpdatedPegawai } from './get-pegawai';

export function createOverride({ pegawaiId, ...body }: CreateOverrideRequest & { pegawaiId: string }): Promise<PegawaiDetail> {
  return api.post<PegawaiDetail>(`/pegawai/${encodeURIComponent(pegawaiId)}/overrides`, body);
}

/** The reply is the profile as it is now; every other cached chain (lists, other dates) may have changed. */
export function useCreateOverride() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOverride,
    onSuccess: (reply) => storeUpdatedPegawai(queryClient, reply, 'pegawai'),
  });
}
