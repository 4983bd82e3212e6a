import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListQuery, auditPage } from '../../../shared/schemas/audit';
import type { AppContext } from '../../platform/app-context';
import { requireAuth } from '../../platform/http/request-actor';
import { createAuditViewService } from './audit.service';

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const audit = createAuditViewService(ctx);
  return async (app) => {
    app.get('/api/audit', { schema: { tags: ['audit'], summary: 'Log audit (terbaru dahulu)', querystring: auditListQuery, response: { 200: auditPage } } }, (request) =>
      audit.listEntries(requireAuth(request), request.query),
    );
  };
}
