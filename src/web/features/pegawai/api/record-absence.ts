import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AbsenceRequest } from '../../../../shared/schemas/organisation';
import { pegawaiKeys } from '../../../api/pegawai';
import { api } from '../../../lib/api-client';

export interface RecordAbsenceInput extends AbsenceRequest {
  pegawaiId: string;
}

export function recordAbsence({ pegawaiId, ...body }: RecordAbsenceInput) {
  return api.post<{ id: string }>(`/pegawai/${encodeURIComponent(pegawaiId)}/absences`, body);
}

export function useRecordAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordAbsence,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pegawaiKeys.all }),
  });
}
