import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedback360Keys } from './keys';
import type { Feedback360Answer, Feedback360PublicForm } from './types';

/** The service user's form behind a one-time link: no sign-in, the token is the key. */
export function getPublicForm(token: string, signal?: AbortSignal): Promise<Feedback360PublicForm> {
  return api.get<Feedback360PublicForm>(`/public/feedback360/${encodeURIComponent(token)}`, { signal });
}

export function usePublicForm(token: string) {
  return useQuery({ queryKey: feedback360Keys.publicForm(token), queryFn: ({ signal }) => getPublicForm(token, signal), staleTime: Infinity });
}

export function answerPublicForm({ token, answer }: { token: string; answer: Feedback360Answer }): Promise<unknown> {
  return api.post(`/public/feedback360/${encodeURIComponent(token)}`, answer);
}

export function useAnswerPublicForm() {
  return useMutation({ mutationFn: answerPublicForm });
}
