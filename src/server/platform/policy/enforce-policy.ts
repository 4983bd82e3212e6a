import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { csrfMatches, lookupSession, SESSION_COOKIE } from '../auth/sessions';
import { routeKey, routeTable, type Access } from './route-table';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    auth: import('../auth/sessions').AuthContext | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

/**
 * Looks up the route's entry in the policy table and checks it before the body is even parsed:
 * 401 without a live session, 403 CSRF_INVALID for a write without the token,
 * 403 PASSWORD_CHANGE_REQUIRED after a reset, 403 FORBIDDEN_SCOPE for a role outside the entry.
 */
export function enforceRoutePolicy(app: FastifyInstance, db: Db, clock: Clock) {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const access = routeTable[routeKey(method, route.url)];
      if (!access) throw new Error(`Route ${method} ${route.url} is not declared in the policy table`);
      route.config = { ...(route.config ?? {}), access };
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    const token = request.cookies[SESSION_COOKIE];
    if (!access) return;
    if (access.kind === 'public') {
      if (token) request.auth = await currentAuth(db, clock, token);
      return;
    }
    if (!token) throw new AppError('UNAUTHENTICATED');
    const lookup = await lookupSession(db, clock, token);
    if (lookup.status === 'expired') throw new AppError('SESSION_EXPIRED');
    if (lookup.status === 'none') throw new AppError('UNAUTHENTICATED');
    request.auth = lookup.auth;
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(lookup.auth.csrfToken, header(request.headers['x-csrf-token']))) {
      throw new AppError('CSRF_INVALID');
    }
    const allowWhileChange = access.kind === 'signedIn' && access.allowWhilePasswordChangeRequired;
    if (lookup.auth.account.mustChangePassword && !allowWhileChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (access.kind === 'roles' && !access.roles.some((role) => lookup.auth.roles.includes(role))) {
      throw new AppError('FORBIDDEN_SCOPE');
    }
  });
}

async function currentAuth(db: Db, clock: Clock, token: string) {
  const lookup = await lookupSession(db, clock, token);
  return lookup.status === 'valid' ? lookup.auth : null;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
