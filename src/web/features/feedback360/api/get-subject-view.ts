import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedback360Keys } from './keys';
import type { Feedback360SubjectView } from './types';

/** One pegawai's 360 for a period: counts always, the aggregate from the threshold on, raters for the penilai. */
export function getSubjectView(pegawaiId: string, periodId: string, signal?: AbortSignal): Promise<Feedback360SubjectView> {
  return api.get<Feedback360SubjectView>(`/feedback360/subjects/${encodeURIComponent(pegawaiId)}`, { query: { periodId }, signal });
}

export function useSubjectView(pegawaiId: string, periodId: string) {
  return useQuery({
    queryKey: feedback360Keys.subject(pegawaiId, periodId),
    queryFn: ({ signal }) => getSubjectView(pegawaiId, periodId, signal),
    enabled: pegawaiId !== '' && periodId !== '',
  });
}
