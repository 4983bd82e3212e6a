import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordRequest, loginRequest, loginResponse, meResponse, okResponse } from '../../../shared/schemas/auth';
import type { AppContext } from '../../platform/app-context';
import { SESSION_COOKIE, lookupSessionId } from '../../platform/auth/sessions';
import { requireAuth } from '../../platform/http/request-actor';
import { createAuthService, type RequestMeta } from './auth.service';

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const auth = createAuthService(ctx);
  const secureCookie = (request: FastifyRequest) => (ctx.config.cookieSecure === 'auto' ? request.protocol === 'https' : ctx.config.cookieSecure);
  const meta = (request: FastifyRequest): RequestMeta => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: String(request.id),
    previousSessionId: request.auth?.sessionId ?? lookupSessionId(request.cookies[SESSION_COOKIE]),
  });
  const clearCookie = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookie(request) });

  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        schema: { tags: ['auth'], summary: 'Masuk dengan NIP/nama pengguna dan kata sandi', body: loginRequest, response: { 200: loginResponse } },
        config: { rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const result = await auth.signIn(request.body.login, request.body.password, meta(request));
        reply.setCookie(SESSION_COOKIE, result.sessionToken, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookie(request),
          expires: result.absoluteExpiresAt,
        });
        return { user: result.user, roles: result.roles, csrfToken: result.csrfToken };
      },
    );

    app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Keluar', response: { 200: okResponse } } }, async (request, reply) => {
      await auth.signOut(requireAuth(request), meta(request));
      clearCookie(request, reply);
      return { ok: true as const };
    });

    app.get('/api/me', { schema: { tags: ['auth'], summary: 'Akun yang sedang masuk', response: { 200: meResponse } } }, async (request) => {
      const current = requireAuth(request);
      return {
        user: current.account,
        roles: current.roles,
        csrfToken: current.csrfToken,
        session: { idleExpiresAt: current.idleExpiresAt.toISOString(), absoluteExpiresAt: current.absoluteExpiresAt.toISOString() },
      };
    });

    app.post(
      '/api/auth/password',
      { schema: { tags: ['auth'], summary: 'Ganti kata sandi', body: changePasswordRequest, response: { 200: okResponse } } },
      async (request) => {
        await auth.changePassword(requireAuth(request), request.body.currentPassword, request.body.newPassword, meta(request));
        return { ok: true as const };
      },
    );
  };
}
