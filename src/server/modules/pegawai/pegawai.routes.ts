import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/schemas/ids';
import {
  absenceRequest,
  absenceView,
  chainQuery,
  createOverrideRequest,
  endOverrideParams,
  endOverrideRequest,
  pegawaiDetail,
  pegawaiListQuery,
  pegawaiPage,
  transferRequest,
} from '../../../shared/schemas/organisation';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createPegawaiService } from './pegawai.service';

export function pegawaiRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const pegawai = createPegawaiService(ctx);
  const tags = ['pegawai'];
  return async (app) => {
    app.get('/api/pegawai', { schema: { tags, summary: 'Daftar pegawai dalam cakupan (halaman keyset)', querystring: pegawaiListQuery, response: { 200: pegawaiPage } } }, (request) =>
      pegawai.listPegawai(requireAuth(request), request.query),
    );
    app.get(
      '/api/pegawai/:id',
      { schema: { tags, summary: 'Profil pegawai: riwayat jabatan dan rantai penilai (opsional pada tanggal tertentu)', params: idParams, querystring: chainQuery, response: { 200: pegawaiDetail } } },
      (request) => pegawai.detail(requireAuth(request), request.params.id, request.query.date),
    );
    app.post(
      '/api/pegawai/:id/overrides',
      { schema: { tags, summary: 'Tetapkan atasan langsung (BKPSDM) dengan alasan dan masa berlaku', params: idParams, body: createOverrideRequest, response: { 200: pegawaiDetail } } },
      (request) => pegawai.createOverride(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/pegawai/:id/overrides/:overrideId/end',
      { schema: { tags, summary: 'Akhiri penetapan atasan', params: endOverrideParams, body: endOverrideRequest, response: { 200: pegawaiDetail } } },
      (request) => pegawai.endOverride(requireAuth(request), auditActorOf(request), request.params.id, request.params.overrideId, request.body.validTo),
    );
    app.post(
      '/api/pegawai/:id/placements',
      { schema: { tags, summary: 'Mutasi / penempatan baru (riwayat tetap tersimpan)', params: idParams, body: transferRequest, response: { 200: pegawaiDetail } } },
      (request) => pegawai.transfer(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/pegawai/:id/absences',
      { schema: { tags, summary: 'Catat ketidakhadiran pemangku jabatan (cuti, sakit, tugas belajar): selama itu Plt. dapat ditunjuk', params: idParams, body: absenceRequest, response: { 200: absenceView } } },
      (request) => pegawai.recordAbsence(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
  };
}
