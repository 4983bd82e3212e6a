import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedback360Keys } from './keys';
import type { Feedback360Created, Feedback360RequestInput } from './types';

/** Asks raters about one pegawai; service users get one-time links, returned only here. */
export function createRequests(input: Feedback360RequestInput): Promise<Feedback360Created> {
  return api.post<Feedback360Created>('/feedback360/requests', input);
}

export function useCreateRequests() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRequests,
    onSuccess: (_reply, input) => queryClient.invalidateQueries({ queryKey: feedback360Keys.subject(input.subjectPegawaiId, input.periodId) }),
  });
}
