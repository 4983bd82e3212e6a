import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  complaintReceipt,
  dashboardQuery,
  ikmReceipt,
  ikmRespondentToken,
  ikmSubmission,
  publicComplaintStatus,
  publicDashboard,
  publicUnitList,
  publicUnitParams,
  publicUnitView,
  ticketParams,
} from '../../../shared/schemas/public-service';
import type { AppContext } from '../../platform/app-context';
import { createComplaintIntakeService } from './complaint-intake.service';
import { createDashboardService } from './dashboard.service';
import { createIkmService } from './ikm.service';
import { createServiceUnitsService } from './service-units.service';

/**
 * Per-address limits (counted in the database, so they hold across server processes). Filing is
 * the tightest; the IKM allows a kiosk tablet at the counter to take a queue of respondents; the
 * ticket lookup is limited so codes cannot be tried in bulk; reads follow KINERJA_PUBLIC_RATE_LIMIT.
 */
export const PUBLIC_LIMITS = {
  ticket: { max: 30, timeWindow: 60_000 },
  complaint: { max: 10, timeWindow: 60 * 60_000 },
  ikm: { max: 60, timeWindow: 60 * 60_000 },
  /** A device keeps its respondent token; more than this from one address is a script minting them. */
  ikmToken: { max: 20, timeWindow: 60 * 60_000 },
};

const COMPLAINT_FORM = `JSON, atau multipart/form-data dengan field yang sama dan foto opsional di field "photo" (JPEG, PNG, WEBP, HEIC; maks. 5 MB).
Field: category (INFORMASI | KELUHAN | SENGKETA | PEMERIKSAAN_LAPANGAN), description (20–4000 karakter), name, phone, email (opsional; hanya terlihat oleh unit yang menangani), website (honeypot: biarkan kosong).
201 pengaduan baru; 200 bila pengaduan yang sama baru saja dikirim dari alamat yang sama (tiket yang sudah ada dikembalikan, duplicate: true).`;

/** The citizen side: no account, no personal data in any reply. */
export function publicServicePublicRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const units = createServiceUnitsService(ctx);
  const intake = createComplaintIntakeService(ctx);
  const ikm = createIkmService(ctx);
  const dashboards = createDashboardService(ctx);
  const tags = ['layanan publik'];
  const read = { rateLimit: { max: ctx.config.publicReadRateLimitPerMinute, timeWindow: 60_000 } };
  return async (app) => {
    app.get('/api/public/service-units', { schema: { tags, summary: 'Daftar unit layanan', response: { 200: publicUnitList } }, config: read }, () => units.publicList());
    app.get('/api/public/service-units/:slug', { schema: { tags, summary: 'Halaman unit layanan (tujuan kode QR)', params: publicUnitParams, response: { 200: publicUnitView } }, config: read }, (request) =>
      units.publicView(request.params.slug),
    );
    app.get('/api/public/service-units/:slug/qr.svg', { schema: { tags, summary: 'Kode QR (SVG) halaman unit layanan, untuk dicetak', params: publicUnitParams }, config: read }, async (request, reply) => {
      const svg = await units.qrSvg(request.params.slug);
      return reply.type('image/svg+xml').header('cache-control', 'public, max-age=3600').header('content-disposition', `inline; filename="qr-${request.params.slug}.svg"`).send(svg);
    });
    app.post(
      '/api/public/service-units/:slug/complaints',
      { schema: { tags, summary: 'Kirim pengaduan (tanpa akun)', description: COMPLAINT_FORM, params: publicUnitParams, consumes: ['application/json', 'multipart/form-data'], response: { 200: complaintReceipt, 201: complaintReceipt } }, config: { rateLimit: PUBLIC_LIMITS.complaint } },
      async (request, reply) => {
        const result = await intake.fileComplaint(request, request.params.slug, { ip: request.ip, requestId: String(request.id) });
        return reply.status(result.created ? 201 : 200).send(result.receipt);
      },
    );
    app.get('/api/public/complaints/:ticket', { schema: { tags, summary: 'Status pengaduan menurut kode tiket', params: ticketParams, response: { 200: publicComplaintStatus } }, config: { rateLimit: PUBLIC_LIMITS.ticket } }, (request) =>
      intake.status(request.params.ticket),
    );
    app.post('/api/public/service-units/:slug/ikm/token', { schema: { tags, summary: 'Token responden survei untuk perangkat ini (disimpan di perangkat; satu jawaban per unit per periode)', params: publicUnitParams, response: { 200: ikmRespondentToken } }, config: { rateLimit: PUBLIC_LIMITS.ikmToken } }, (request) =>
      ikm.respondentToken(request.params.slug),
    );
    app.post('/api/public/service-units/:slug/ikm', { schema: { tags, summary: 'Isi survei kepuasan masyarakat (9 unsur, nilai 1–4)', params: publicUnitParams, body: ikmSubmission, response: { 200: ikmReceipt } }, config: { rateLimit: PUBLIC_LIMITS.ikm } }, (request) =>
      ikm.submit(request.params.slug, request.body, { ip: request.ip, requestId: String(request.id) }),
    );
    app.get('/api/public/dashboard', { schema: { tags, summary: 'Dasbor transparansi: IKM dan pengaduan per unit per periode', querystring: dashboardQuery, response: { 200: publicDashboard } }, config: read }, (request) =>
      dashboards.dashboard(request.query),
    );
  };
}
