import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PegawaiDetail, TransferRequest } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';
import { storeUpdatedPegawai } from './get-pegawai';

export function transferPegawai({ pegawaiId, ...body }: TransferRequest & { pegawaiId: string }): Promise<PegawaiDetail> {
  return api.post<PegawaiDetail>(`/pegawai/${encodeURIComponent(pegawaiId)}/placements`, body);
}

/**
 * A mutasi moves a person between units: headcounts, unit posts and many chains change, so every
 * cached reply but the session is refreshed, not only this feature's.
 */
export function useTransferPegawai() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transferPegawai,
    onSuccess: (reply) => storeUpdatedPegawai(queryClient, reply, 'everything'),
  });
}
