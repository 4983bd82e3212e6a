import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okResponse } from '../../../shared/schemas/auth';
import { idParams } from '../../../shared/schemas/ids';
import { orgGoalInput, orgGoalList, orgGoalQuery } from '../../../shared/schemas/planning';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createOrgGoalsService } from './org-goals.service';

export function orgGoalsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const goals = createOrgGoalsService(ctx);
  const tags = ['org-goals'];
  return async (app) => {
    app.get('/api/org-goals', { schema: { tags, summary: 'Indikator kinerja utama (Perjanjian Kinerja) per OPD', querystring: orgGoalQuery, response: { 200: orgGoalList } } }, (request) =>
      goals.list(requireAuth(request), request.query),
    );
    app.post('/api/org-goals', { schema: { tags, summary: 'Tambah IKU', body: orgGoalInput, response: { 200: orgGoalList } } }, (request) =>
      goals.create(requireAuth(request), auditActorOf(request), request.body),
    );
    app.put('/api/org-goals/:id', { schema: { tags, summary: 'Ubah IKU', params: idParams, body: orgGoalInput, response: { 200: orgGoalList } } }, (request) =>
      goals.update(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.delete('/api/org-goals/:id', { schema: { tags, summary: 'Hapus IKU yang belum diintervensi', params: idParams, response: { 200: okResponse } } }, (request) =>
      goals.remove(requireAuth(request), auditActorOf(request), request.params.id),
    );
  };
}
