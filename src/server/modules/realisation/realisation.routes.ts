import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EVIDENCE_MAX_BYTES,
  accumulationInput,
  evidenceLinkInput,
  evidenceReviewInput,
  evidenceView,
  ikiPeriodParams,
  periodParams,
  periodRealisationView,
  realisationInput,
  reopenPeriodInput,
  skpIkiParams,
  skpProgressView,
  teamRealisationQuery,
  teamRealisationView,
} from '../../../shared/schemas/execution';
import { idParams } from '../../../shared/schemas/ids';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createEvidenceService } from './evidence.service';
import { createRealisationService } from './realisation.service';
import { createTeamService } from './team.service';

const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);

export function realisationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const realisation = createRealisationService(ctx);
  const evidence = createEvidenceService(ctx, realisation);
  const team = createTeamService(ctx);
  const tags = ['realisasi'];
  const view = { 200: periodRealisationView };
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1 } });
    app.get('/api/skp/:id/periods/:periodId', { schema: { tags, summary: 'Realisasi SKP dalam satu periode: nilai, capaian, bukti dukung, umpan balik', params: periodParams, response: view } }, (request) =>
      realisation.view(requireAuth(request), request.params.id, request.params.periodId),
    );
    app.put('/api/skp/:id/periods/:periodId/iki/:ikiId', { schema: { tags, summary: 'Isi realisasi satu indikator', params: ikiPeriodParams, body: realisationInput, response: view } }, (request) =>
      realisation.saveRealisation(requireAuth(request), auditActorOf(request), request.params.id, request.params.periodId, request.params.ikiId, request.body),
    );
    app.post('/api/skp/:id/periods/:periodId/submit', { schema: { tags, summary: 'Kirim realisasi periode ke atasan', params: periodParams, response: view } }, (request) =>
      realisation.submitPeriod(requireAuth(request), auditActorOf(request), request.params.id, request.params.periodId),
    );
    app.post('/api/skp/:id/periods/:periodId/reopen', { schema: { tags, summary: 'Pejabat penilai membuka kembali realisasi periode yang sudah dikirim (dengan alasan)', params: periodParams, body: reopenPeriodInput, response: view } }, (request) =>
      realisation.reopenPeriod(requireAuth(request), auditActorOf(request), request.params.id, request.params.periodId, request.body.reason),
    );
    app.post('/api/skp/:id/periods/:periodId/iki/:ikiId/evidence', { schema: { tags, summary: 'Unggah bukti dukung (multipart: title, file)', params: ikiPeriodParams, consumes: ['multipart/form-data'], response: { 200: evidenceView } } }, (request) =>
      evidence.uploadFile(request, requireAuth(request), auditActorOf(request), request.params.id, request.params.periodId, request.params.ikiId),
    );
    app.post('/api/skp/:id/periods/:periodId/iki/:ikiId/evidence-links', { schema: { tags, summary: 'Tambah tautan bukti dukung', params: ikiPeriodParams, body: evidenceLinkInput, response: { 200: evidenceView } } }, (request) =>
      evidence.addLink(requireAuth(request), auditActorOf(request), request.params.id, request.params.periodId, request.params.ikiId, request.body),
    );
    app.put('/api/skp/:id/iki/:ikiId/accumulation', { schema: { tags, summary: 'Cara menjumlahkan realisasi periode menjadi tahunan', params: skpIkiParams, body: accumulationInput, response: { 200: z.object({ ok: z.literal(true) }) } } }, (request) =>
      realisation.setAccumulation(requireAuth(request), auditActorOf(request), request.params.id, request.params.ikiId, request.body.accumulation),
    );
    app.get('/api/skp/:id/progress', { schema: { tags, summary: 'Realisasi tiap IKI terhadap target per periode', params: idParams, response: { 200: skpProgressView } } }, (request) =>
      realisation.progress(requireAuth(request), request.params.id),
    );
    app.get('/api/evidence/:id/file', { schema: { tags, summary: 'Berkas bukti dukung', params: idParams } }, async (request, reply) => {
      const file = await evidence.openFile(requireAuth(request), request.params.id);
      const disposition = INLINE_TYPES.has(file.contentType) ? 'inline' : 'attachment';
      return reply
        .type(file.contentType)
        .header('content-length', file.size)
        .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'private, no-store')
        // An uploaded file is never run as a page of this site.
        .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        .send(file.stream);
    });
    app.delete('/api/evidence/:id', { schema: { tags, summary: 'Tarik bukti dukung yang belum diterima', params: idParams, response: { 200: z.object({ ok: z.literal(true) }) } } }, (request) =>
      evidence.remove(requireAuth(request), auditActorOf(request), request.params.id),
    );
    app.post('/api/evidence/:id/review', { schema: { tags, summary: 'Terima atau tolak bukti dukung (dengan alasan)', params: idParams, body: evidenceReviewInput, response: { 200: evidenceView } } }, (request) =>
      evidence.review(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.get('/api/team/realisation', { schema: { tags, summary: 'Realisasi tim dalam satu periode: yang terlambat, yang menunggu tinjauan', querystring: teamRealisationQuery, response: { 200: teamRealisationView } } }, (request) =>
      team.teamRealisation(requireAuth(request), request.query.periodId),
    );
  };
}
