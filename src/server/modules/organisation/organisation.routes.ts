import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/schemas/ids';
import { delegationRequest, delegationView, unitDetail, unitTree } from '../../../shared/schemas/organisation';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createDelegationService } from './delegations';
import { createOrganisationService, type OrganisationAccess } from './organisation.service';

export function organisationRoutes(ctx: AppContext, access: OrganisationAccess): FastifyPluginAsyncZod {
  const organisation = createOrganisationService(ctx, access);
  const delegations = createDelegationService(ctx);
  const tags = ['organisation'];
  return async (app) => {
    app.get('/api/units', { schema: { tags, summary: 'Pohon unit kerja dalam cakupan', response: { 200: unitTree } } }, (request) =>
      organisation.unitTree(requireAuth(request)),
    );
    app.get('/api/units/:id', { schema: { tags, summary: 'Rincian unit kerja: jabatan, pemangku, sub-unit', params: idParams, response: { 200: unitDetail } } }, (request) =>
      organisation.unitDetail(requireAuth(request), request.params.id),
    );
    app.post(
      '/api/jabatan/:id/delegations',
      { schema: { tags, summary: 'Pendelegasian kewenangan pejabat penilai kepada jabatan di bawah Pengawas (BKPSDM, dengan dasar hukum)', params: idParams, body: delegationRequest, response: { 200: delegationView } } },
      (request) => delegations.delegate(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
  };
}
