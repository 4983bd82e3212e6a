import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/audit-log';
import { AppError } from '../errors';
import type { AuthContext } from '../auth/sessions';

/** The signed-in caller; routes behind a session policy can rely on it being there. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth;
}

export function auditActorOf(request: FastifyRequest, fallbackInstansiId?: string): AuditActor {
  const auth = request.auth;
  const instansiId = auth?.account.instansiId ?? fallbackInstansiId;
  if (!instansiId) throw new Error('audit actor without instansi');
  return {
    instansiId,
    accountId: auth?.account.id ?? null,
    login: auth?.account.login ?? null,
    ip: request.ip,
    requestId: String(request.id),
  };
}
