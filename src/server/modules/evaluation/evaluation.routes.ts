import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  annualResults,
  calibrationAdjustInput,
  evaluationView,
  keberatanDecisionInput,
  keberatanInput,
  keberatanStatementInput,
  myEvaluations,
  myEvaluationsQuery,
  pendingKeberatan,
  ratingsInput,
  selfAssessmentInput,
  skpEvaluationQuery,
} from '../../../shared/schemas/evaluation';
import { idParams } from '../../../shared/schemas/ids';
import { pageQuery } from '../../../shared/schemas/paging';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { renderEvaluationPdf } from './evaluation-pdf';
import { createEvaluationHistoryService } from './evaluation-history.service';
import { createEvaluationService } from './evaluation.service';
import { createKeberatanService } from './keberatan.service';

/** The rating screen, penilaian diri, ratings, acceptance, keberatan, the document, the history. */
export function evaluationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const evaluations = createEvaluationService(ctx);
  const keberatan = createKeberatanService(ctx, evaluations);
  const history = createEvaluationHistoryService(ctx);
  const tags = ['evaluasi'];
  const ok = { 200: evaluationView };
  return async (app) => {
    app.get('/api/evaluations', { schema: { tags, summary: 'Evaluasi saya dalam satu tahun (per periode dan tahunan)', querystring: myEvaluationsQuery, response: { 200: myEvaluations } } }, (request) =>
      history.mine(requireAuth(request), request.query.year),
    );
    app.get('/api/keberatan/pending', { schema: { tags, summary: 'Keberatan yang menunggu keputusan saya sebagai atasan pejabat penilai', querystring: pageQuery, response: { 200: pendingKeberatan } } }, (request) =>
      keberatan.pending(requireAuth(request), request.query),
    );
    app.get('/api/skp/:id/evaluation', { schema: { tags, summary: 'Layar penilaian: realisasi, capaian, bukti, umpan balik, 360, penilaian diri, rating', params: idParams, querystring: skpEvaluationQuery, response: ok } }, (request) =>
      evaluations.view(requireAuth(request), request.params.id, request.query.periodId ?? null),
    );
    app.put('/api/skp/:id/evaluation/self-assessment', { schema: { tags, summary: 'Penilaian diri pegawai (sebelum penilai menilai)', params: idParams, body: selfAssessmentInput, response: ok } }, (request) =>
      evaluations.selfAssess(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.put('/api/skp/:id/evaluation/ratings', { schema: { tags, summary: 'Rating per RHK, rating hasil kerja dan perilaku dengan justifikasi', params: idParams, body: ratingsInput, response: ok } }, (request) =>
      evaluations.rate(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.get('/api/evaluations/:id', { schema: { tags, summary: 'Satu evaluasi', params: idParams, response: ok } }, (request) => evaluations.viewById(requireAuth(request), request.params.id));
    app.post('/api/evaluations/:id/calibration', { schema: { tags, summary: 'Penyesuaian rating pada layar kalibrasi, dengan alasan', params: idParams, body: calibrationAdjustInput, response: ok } }, (request) =>
      evaluations.calibrate(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.post('/api/evaluations/:id/acknowledge', { schema: { tags, summary: 'Pegawai menerima hasil evaluasi', params: idParams, response: ok } }, (request) =>
      evaluations.acknowledge(requireAuth(request), auditActorOf(request), request.params.id),
    );
    app.post('/api/evaluations/:id/keberatan', { schema: { tags, summary: 'Ajukan keberatan atas hasil evaluasi', params: idParams, body: keberatanInput, response: ok } }, (request) =>
      keberatan.file(requireAuth(request), auditActorOf(request), request.params.id, request.body.reasons),
    );
    app.post('/api/evaluations/:id/keberatan/statements', { schema: { tags, summary: 'Keterangan pegawai/penilai, atau permintaan keterangan atasan penilai', params: idParams, body: keberatanStatementInput, response: ok } }, (request) =>
      keberatan.addStatement(requireAuth(request), auditActorOf(request), request.params.id, request.body.text),
    );
    app.post('/api/evaluations/:id/keberatan/decision', { schema: { tags, summary: 'Keputusan atasan pejabat penilai atas keberatan (final)', params: idParams, body: keberatanDecisionInput, response: ok } }, (request) =>
      keberatan.decide(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.get('/api/evaluations/:id/document.pdf', { schema: { tags, summary: 'Dokumen Evaluasi Kinerja Pegawai (PDF)', params: idParams } }, async (request, reply) => {
      const auth = requireAuth(request);
      const view = await evaluations.viewById(auth, request.params.id);
      const body = await renderEvaluationPdf(view, { printedAt: ctx.clock.now(), instansiName: auth.account.instansiName });
      const name = `evaluasi-kinerja-${view.pegawai.nip}-${view.period ? `periode-${view.period.seq}-${view.year}` : `tahunan-${view.year}`}.pdf`;
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'private, no-store').send(body);
    });
    app.get('/api/pegawai/:id/annual-results', { schema: { tags, summary: 'Riwayat predikat tahunan dan angka kredit (JF)', params: idParams, response: { 200: annualResults } } }, (request) =>
      history.annualResults(requireAuth(request), request.params.id),
    );
  };
}
