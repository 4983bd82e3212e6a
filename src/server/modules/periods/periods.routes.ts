import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/schemas/ids';
import { createYearRequest, periodStatusRequest, yearList } from '../../../shared/schemas/planning';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createPeriodsService } from './periods.service';

export function periodsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const periods = createPeriodsService(ctx);
  const tags = ['periods'];
  return async (app) => {
    app.get('/api/years', { schema: { tags, summary: 'Tahun kinerja dan periodenya', response: { 200: yearList } } }, (request) => periods.listYears(requireAuth(request)));
    app.post('/api/years', { schema: { tags, summary: 'Buka tahun kinerja (BKPSDM)', body: createYearRequest, response: { 200: yearList } } }, (request) =>
      periods.openYear(requireAuth(request), auditActorOf(request), request.body),
    );
    app.post('/api/years/:id/status', { schema: { tags, summary: 'Tutup atau buka kembali tahun kinerja', params: idParams, body: periodStatusRequest, response: { 200: yearList } } }, (request) =>
      periods.setYearStatus(requireAuth(request), auditActorOf(request), request.params.id, request.body.status),
    );
    app.post('/api/periods/:id/status', { schema: { tags, summary: 'Tutup atau buka kembali satu periode', params: idParams, body: periodStatusRequest, response: { 200: yearList } } }, (request) =>
      periods.setPeriodStatus(requireAuth(request), auditActorOf(request), request.params.id, request.body.status),
    );
  };
}
