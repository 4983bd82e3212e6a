import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, unitDetail, unitTree } from '../../../shared/schemas/organisation';
import type { AppContext } from '../../platform/app-context';
import { requireAuth } from '../../platform/http/request-actor';
import { createOrganisationService, type OrganisationAccess } from './organisation.service';

export function organisationRoutes(ctx: AppContext, access: OrganisationAccess): FastifyPluginAsyncZod {
  const organisation = createOrganisationService(ctx, access);
  const tags = ['organisation'];
  return async (app) => {
    app.get('/api/units', { schema: { tags, summary: 'Pohon unit kerja dalam cakupan', response: { 200: unitTree } } }, (request) =>
      organisation.unitTree(requireAuth(request)),
    );
    app.get('/api/units/:id', { schema: { tags, summary: 'Rincian unit kerja: jabatan, pemangku, sub-unit', params: idParams, response: { 200: unitDetail } } }, (request) =>
      organisation.unitDetail(requireAuth(request), request.params.id),
    );
  };
}
