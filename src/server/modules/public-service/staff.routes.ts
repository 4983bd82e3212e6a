import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/schemas/ids';
import { pageQuery } from '../../../shared/schemas/paging';
import {
  complaintAnswerInput,
  complaintAssignInput,
  complaintDetail,
  complaintListQuery,
  complaintPage,
  complaintRejectInput,
  complaintStatus,
  holidayInput,
  holidayList,
  holidayParams,
  holidayQuery,
  holidayView,
  ikmBurstDecided,
  ikmBurstDecision,
  ikmBurstParams,
  ikmResultQuery,
  ikmResultView,
  nationalHolidayImport,
  nationalHolidayResult,
  serviceUnitInput,
  serviceUnitList,
  serviceUnitMembersInput,
  serviceUnitPatch,
  serviceUnitQuery,
  serviceUnitView,
} from '../../../shared/schemas/public-service';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createComplaintsService } from './complaints.service';
import { createHolidaysService } from './holidays.service';
import { createIkmBurstService } from './ikm-burst.service';
import { createIkmService } from './ikm.service';
import { createServiceUnitsService } from './service-units.service';

const ok = z.object({ ok: z.literal(true) });
const documentTypes = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Staff: service units, the complaint inbox and its workflow, IKM results and reports, the holiday calendar. */
export function publicServiceStaffRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const units = createServiceUnitsService(ctx);
  const complaints = createComplaintsService(ctx);
  const ikm = createIkmService(ctx);
  const bursts = createIkmBurstService(ctx);
  const holidays = createHolidaysService(ctx);
  return async (app) => {
    const tags = ['layanan publik'];
    app.get('/api/service-units', { schema: { tags, summary: 'Unit layanan yang dapat saya lihat', querystring: serviceUnitQuery, response: { 200: serviceUnitList } } }, (request) =>
      units.list(requireAuth(request), request.query.opdId),
    );
    app.post('/api/service-units', { schema: { tags, summary: 'Buat unit layanan', body: serviceUnitInput, response: { 200: serviceUnitView } } }, (request) =>
      units.create(requireAuth(request), auditActorOf(request), request.body),
    );
    app.get('/api/service-units/:id', { schema: { tags, summary: 'Unit layanan dengan kepala dan petugasnya', params: idParams, response: { 200: serviceUnitView } } }, (request) =>
      units.view(requireAuth(request), request.params.id),
    );
    app.patch('/api/service-units/:id', { schema: { tags, summary: 'Ubah unit layanan', params: idParams, body: serviceUnitPatch, response: { 200: serviceUnitView } } }, (request) =>
      units.update(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.put('/api/service-units/:id/members', { schema: { tags, summary: 'Tetapkan petugas unit layanan', params: idParams, body: serviceUnitMembersInput, response: { 200: serviceUnitView } } }, (request) =>
      units.setMembers(requireAuth(request), auditActorOf(request), request.params.id, request.body.members),
    );
    app.get('/api/service-units/:id/complaints', { schema: { tags, summary: 'Kotak masuk pengaduan unit layanan', params: idParams, querystring: complaintListQuery, response: { 200: complaintPage } } }, (request) =>
      complaints.inbox(requireAuth(request), request.params.id, request.query),
    );
    app.get('/api/service-units/:id/ikm', { schema: { tags, summary: 'Hasil IKM unit layanan per periode (NRR per unsur, indeks, mutu)', params: idParams, querystring: ikmResultQuery, response: { 200: ikmResultView } } }, (request) =>
      ikm.result(requireAuth(request), request.params.id, request.query),
    );
    app.post(
      '/api/service-units/:id/ikm/bursts/:burstId/decision',
      { schema: { tags, summary: 'BKPSDM menerima atau menolak lonjakan jawaban IKM yang ditandai', params: ikmBurstParams, body: ikmBurstDecision, response: { 200: ikmBurstDecided } } },
      (request) => bursts.decide(requireAuth(request), auditActorOf(request), request.params.id, request.params.burstId, request.body),
    );
    for (const format of ['pdf', 'xlsx'] as const) {
      app.get(`/api/service-units/:id/ikm/report.${format}`, { schema: { tags, summary: `Laporan IKM bentuk resmi (${format.toUpperCase()})`, params: idParams, querystring: ikmResultQuery } }, async (request, reply) => {
        const report = await ikm.report(requireAuth(request), request.params.id, request.query, format);
        return reply.type(documentTypes[format]).header('content-disposition', `attachment; filename="${report.fileName}"`).header('cache-control', 'private, no-store').send(report.body);
      });
    }

    app.get('/api/complaints/assigned', { schema: { tags, summary: 'Pengaduan yang didisposisikan kepada saya', querystring: pageQuery.extend({ status: z.enum([...complaintStatus.options, 'OPEN']).optional() }), response: { 200: complaintPage } } }, (request) =>
      complaints.assigned(requireAuth(request), request.query),
    );
    app.get('/api/complaints/:id', { schema: { tags, summary: 'Rincian pengaduan dan riwayatnya', params: idParams, response: { 200: complaintDetail } } }, (request) =>
      complaints.detail(requireAuth(request), request.params.id),
    );
    app.get('/api/complaints/:id/photo', { schema: { tags, summary: 'Foto lampiran pengaduan (hanya unit yang menangani)', params: idParams } }, async (request, reply) => {
      const photo = await complaints.openPhoto(requireAuth(request), request.params.id);
      return reply
        .type(photo.contentType)
        .header('content-length', photo.size)
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .send(photo.stream);
    });
    app.post('/api/complaints/:id/assign', { schema: { tags, summary: 'Disposisikan pengaduan kepada petugas (kepala unit)', params: idParams, body: complaintAssignInput, response: { 200: complaintDetail } } }, (request) =>
      complaints.act(requireAuth(request), auditActorOf(request), request.params.id, { action: 'assign', ...request.body }),
    );
    app.post('/api/complaints/:id/respond', { schema: { tags, summary: 'Tanggapi pengaduan (tampil di halaman status)', params: idParams, body: complaintAnswerInput, response: { 200: complaintDetail } } }, (request) =>
      complaints.act(requireAuth(request), auditActorOf(request), request.params.id, { action: 'respond', text: request.body.text }),
    );
    app.post('/api/complaints/:id/resolve', { schema: { tags, summary: 'Selesaikan pengaduan dengan jawaban akhir', params: idParams, body: complaintAnswerInput, response: { 200: complaintDetail } } }, (request) =>
      complaints.act(requireAuth(request), auditActorOf(request), request.params.id, { action: 'resolve', text: request.body.text }),
    );
    app.post('/api/complaints/:id/reject', { schema: { tags, summary: 'Tolak pengaduan dengan alasan', params: idParams, body: complaintRejectInput, response: { 200: complaintDetail } } }, (request) =>
      complaints.act(requireAuth(request), auditActorOf(request), request.params.id, { action: 'reject', reason: request.body.reason }),
    );

    const calendar = ['kalender libur'];
    app.get('/api/holidays', { schema: { tags: calendar, summary: 'Kalender hari libur instansi', querystring: holidayQuery, response: { 200: holidayList } } }, (request) =>
      holidays.list(requireAuth(request), request.query.year),
    );
    app.put('/api/holidays/:date', { schema: { tags: calendar, summary: 'Tambah atau ubah hari libur', params: holidayParams, body: holidayInput, response: { 200: holidayView } } }, (request) =>
      holidays.put(requireAuth(request), auditActorOf(request), request.params.date, request.body),
    );
    app.delete('/api/holidays/:date', { schema: { tags: calendar, summary: 'Hapus hari libur', params: holidayParams, response: { 200: ok } } }, (request) =>
      holidays.remove(requireAuth(request), auditActorOf(request), request.params.date),
    );
    app.post('/api/holidays/national', { schema: { tags: calendar, summary: 'Muat libur nasional dan cuti bersama satu tahun (SKB 3 Menteri)', body: nationalHolidayImport, response: { 200: nationalHolidayResult } } }, (request) =>
      holidays.importNational(requireAuth(request), auditActorOf(request), request.body.year),
    );
  };
}
