import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/schemas/ids';
import {
  cascadeRequest,
  cascadeResult,
  createSkpRequest,
  matrixView,
  perilakuRequest,
  pohonQuery,
  pohonView,
  returnRequest,
  revisionParams,
  rhkInput,
  rhkParams,
  skpListQuery,
  skpPage,
  skpRevisionView,
  skpView,
  updateSkpRequest,
  yearNumber,
} from '../../../shared/schemas/planning';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createCascadeService } from './cascade.service';
import { renderSkpPdf, renderSkpXlsx, skpDocumentFileName } from './documents';
import { createPohonService } from './pohon.service';
import { createSkpListService } from './skp-list.service';
import { createSkpService } from './skp.service';

export function skpRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const skp = createSkpService(ctx);
  const lists = createSkpListService(ctx);
  const cascades = createCascadeService(ctx, skp);
  const pohon = createPohonService(ctx);
  const tags = ['skp'];
  const ok = { 200: skpView };
  return async (app) => {
    app.get('/api/skp', { schema: { tags, summary: 'Daftar SKP: milik saya, tim saya, atau cakupan admin', querystring: skpListQuery, response: { 200: skpPage } } }, (request) =>
      lists.list(requireAuth(request), request.query),
    );
    app.post('/api/skp', { schema: { tags, summary: 'Mulai SKP saya untuk satu tahun', body: createSkpRequest, response: ok } }, (request) =>
      skp.createSkp(requireAuth(request), auditActorOf(request), request.body),
    );
    app.get('/api/skp/:id', { schema: { tags, summary: 'SKP lengkap dengan tindakan yang boleh dilakukan', params: idParams, response: ok } }, (request) =>
      skp.view(requireAuth(request), request.params.id),
    );
    app.patch('/api/skp/:id', { schema: { tags, summary: 'Ubah pendekatan atau lampiran', params: idParams, body: updateSkpRequest, response: ok } }, (request) =>
      skp.updateSkp(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.post('/api/skp/:id/rhk', { schema: { tags, summary: 'Tambah RHK dengan indikatornya', params: idParams, body: rhkInput, response: ok } }, (request) =>
      skp.addRhk(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.put('/api/skp/:id/rhk/:rhkId', { schema: { tags, summary: 'Ubah RHK dan indikatornya', params: rhkParams, body: rhkInput, response: ok } }, (request) =>
      skp.updateRhk(requireAuth(request), auditActorOf(request), request.params.id, request.params.rhkId, request.body),
    );
    app.delete('/api/skp/:id/rhk/:rhkId', { schema: { tags, summary: 'Hapus RHK', params: rhkParams, response: ok } }, (request) =>
      skp.deleteRhk(requireAuth(request), auditActorOf(request), request.params.id, request.params.rhkId),
    );
    app.put('/api/skp/:id/perilaku', { schema: { tags, summary: 'Ekspektasi khusus pimpinan per nilai BerAKHLAK', params: idParams, body: perilakuRequest, response: ok } }, (request) =>
      skp.setPerilaku(requireAuth(request), auditActorOf(request), request.params.id, request.body.items),
    );
    for (const action of ['submit', 'approve', 'revise'] as const) {
      app.post(`/api/skp/:id/${action}`, { schema: { tags, summary: `SKP: ${action}`, params: idParams, response: ok } }, (request) =>
        skp.transition(requireAuth(request), auditActorOf(request), request.params.id, action),
      );
    }
    app.post('/api/skp/:id/return', { schema: { tags, summary: 'Kembalikan SKP dengan catatan', params: idParams, body: returnRequest, response: ok } }, (request) =>
      skp.transition(requireAuth(request), auditActorOf(request), request.params.id, 'return', request.body.note),
    );
    app.get('/api/skp/:id/revisions/:revision', { schema: { tags, summary: 'Isi SKP pada revisi yang disetujui', params: revisionParams, response: { 200: skpRevisionView } } }, (request) =>
      skp.revision(requireAuth(request), request.params.id, request.params.revision),
    );
    const documents = { pdf: { render: renderSkpPdf, type: 'application/pdf' }, xlsx: { render: renderSkpXlsx, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } } as const;
    for (const format of ['pdf', 'xlsx'] as const) {
      app.get(`/api/skp/:id/document.${format}`, { schema: { tags, summary: `Dokumen SKP resmi (${format.toUpperCase()})`, params: idParams } }, async (request, reply) => {
        const current = await skp.documentView(requireAuth(request), request.params.id);
        const body = await documents[format].render(current, { printedAt: ctx.clock.now() });
        return reply
          .type(documents[format].type)
          .header('content-disposition', `attachment; filename="${skpDocumentFileName(current, format)}"`)
          .header('cache-control', 'private, no-store')
          .send(body);
      });
    }
    app.get('/api/skp-matrix', { schema: { tags, summary: 'Matriks peran hasil: RHK saya × bawahan langsung', querystring: z.object({ year: yearNumber }), response: { 200: matrixView } } }, (request) =>
      cascades.matrix(requireAuth(request), request.query.year),
    );
    app.post('/api/skp-matrix/cascade', { schema: { tags, summary: 'Turunkan satu RHK ke banyak bawahan sekaligus', body: cascadeRequest, response: { 200: cascadeResult } } }, (request) =>
      cascades.cascade(requireAuth(request), auditActorOf(request), request.body),
    );
    app.get('/api/pohon-kinerja', { schema: { tags, summary: 'Pohon kinerja OPD: IKU → RHK → bawahan', querystring: pohonQuery, response: { 200: pohonView } } }, (request) =>
      pohon.pohon(requireAuth(request), request.query.opdId, request.query.year),
    );
  };
}
