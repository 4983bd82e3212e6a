import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountListQuery,
  accountPage,
  accountSummary,
  grantRoleRequest,
  passwordResetResponse,
  roleParams,
} from '../../../shared/schemas/accounts';
import { idParams } from '../../../shared/schemas/ids';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createAccountsService } from './accounts.service';

export function accountsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const accounts = createAccountsService(ctx);
  const tags = ['accounts'];
  return async (app) => {
    app.get('/api/accounts', { schema: { tags, summary: 'Daftar akun dan perannya', querystring: accountListQuery, response: { 200: accountPage } } }, (request) =>
      accounts.listAccounts(requireAuth(request), request.query),
    );

    app.post(
      '/api/accounts/:id/roles',
      { schema: { tags, summary: 'Berikan peran', params: idParams, body: grantRoleRequest, response: { 200: accountSummary } } },
      (request) => accounts.grantRole(requireAuth(request), auditActorOf(request), request.params.id, request.body.role, request.body.opdId),
    );

    app.delete(
      '/api/accounts/:id/roles/:role',
      { schema: { tags, summary: 'Cabut peran', params: roleParams, response: { 200: accountSummary } } },
      (request) => accounts.removeRole(requireAuth(request), auditActorOf(request), request.params.id, request.params.role),
    );

    app.post(
      '/api/accounts/:id/password-reset',
      { schema: { tags, summary: 'Atur ulang kata sandi ke kata sandi sekali pakai', params: idParams, response: { 200: passwordResetResponse } } },
      (request) => accounts.resetPassword(requireAuth(request), auditActorOf(request), request.params.id),
    );
  };
}
