import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context';
import { sendError } from '../../platform/http/error-handler';

const healthResponse = z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) });

/** 503 while the database does not answer; the pool reconnects by itself when it is back. */
export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/health', { schema: { tags: ['health'], summary: 'Status layanan dan basis data', response: { 200: healthResponse } } }, async (request, reply) => {
      try {
        await ctx.database.ping(2_000);
      } catch {
        return sendError(request, reply, 'DB_UNAVAILABLE');
      }
      return { status: 'ok' as const, db: ctx.database.kind };
    });
  };
}
