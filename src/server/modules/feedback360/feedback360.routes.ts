import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  feedback360Answer,
  feedback360Answered,
  feedback360Created,
  feedback360Inbox,
  feedback360PublicForm,
  feedback360RequestInput,
  feedback360SubjectParams,
  feedback360SubjectQuery,
  feedback360SubjectView,
  feedback360TokenParams,
} from '../../../shared/schemas/feedback360';
import { idParams } from '../../../shared/schemas/ids';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createFeedback360PublicService } from './feedback360-public.service';
import { createFeedback360Service } from './feedback360.service';

/** The public link is guessed by nobody (192 random bits); the limit keeps scripts from trying anyway. */
export const PUBLIC_RATE_LIMIT = { max: 30, timeWindow: 60_000 };

export function feedback360Routes(ctx: AppContext): FastifyPluginAsyncZod {
  const feedback360 = createFeedback360Service(ctx);
  const publicLinks = createFeedback360PublicService(ctx);
  const tags = ['umpan balik 360'];
  return async (app) => {
    app.post(
      '/api/feedback360/requests',
      { schema: { tags, summary: 'Pejabat penilai meminta umpan balik 360 dari rekan, bawahan, atau pengguna layanan', body: feedback360RequestInput, response: { 200: feedback360Created } } },
      (request) => feedback360.request(requireAuth(request), auditActorOf(request), request.body),
    );
    app.get(
      '/api/feedback360/subjects/:pegawaiId',
      { schema: { tags, summary: 'Rekap umpan balik 360 seorang pegawai pada satu periode', params: feedback360SubjectParams, querystring: feedback360SubjectQuery, response: { 200: feedback360SubjectView } } },
      (request) => feedback360.subjectView(requireAuth(request), request.params.pegawaiId, request.query.periodId),
    );
    app.get('/api/feedback360/inbox', { schema: { tags, summary: 'Permintaan umpan balik 360 untuk saya', response: { 200: feedback360Inbox } } }, (request) =>
      feedback360.inbox(requireAuth(request)),
    );
    app.post(
      '/api/feedback360/requests/:id/answer',
      { schema: { tags, summary: 'Jawab permintaan umpan balik 360 (sekali)', params: idParams, body: feedback360Answer, response: { 200: feedback360Answered } } },
      (request) => feedback360.answer(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/public/feedback360/:token',
      { schema: { tags, summary: 'Formulir umpan balik 360 untuk pengguna layanan (tautan sekali pakai)', params: feedback360TokenParams, response: { 200: feedback360PublicForm } }, config: { rateLimit: PUBLIC_RATE_LIMIT } },
      (request) => publicLinks.form(request.params.token),
    );
    app.post(
      '/api/public/feedback360/:token',
      { schema: { tags, summary: 'Kirim umpan balik 360 sebagai pengguna layanan', params: feedback360TokenParams, body: feedback360Answer, response: { 200: feedback360Answered } }, config: { rateLimit: PUBLIC_RATE_LIMIT } },
      (request) =>
        publicLinks.answer(request.params.token, request.body, (instansiId) => ({ instansiId, accountId: null, login: null, ip: request.ip, requestId: String(request.id) })),
    );
  };
}
