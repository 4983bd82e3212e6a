import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { accountsRoutes } from './modules/accounts';
import { auditRoutes } from './modules/audit';
import { authRoutes } from './modules/auth';
import { dialogueRoutes } from './modules/dialogue';
import { calibrationRoutes, evaluationRoutes } from './modules/evaluation';
import { feedback360Routes } from './modules/feedback360';
import { healthRoutes } from './modules/health';
import { importsRoutes } from './modules/imports';
import { notificationsRoutes } from './modules/notifications';
import { orgGoalsRoutes } from './modules/org-goals';
import { organisationRoutes } from './modules/organisation';
import { periodsRoutes } from './modules/periods';
import { publicServiceRoutes } from './modules/public-service';
import { skpRoutes } from './modules/skp';
import { realisationRoutes } from './modules/realisation';
import { feedbackRoutes } from './modules/feedback';
import { pegawaiRoutes, visibleOpdIds } from './modules/pegawai';
import { settingsRoutes } from './modules/settings';
import { createAppContext } from './platform/app-context';
import { systemClock, type Clock } from './platform/clock';
import type { Config } from './platform/config';
import type { DatabaseHandle } from './platform/db/database';
import { registerErrorHandling } from './platform/http/error-handler';
import { databaseRateLimitStore } from './platform/http/rate-limit-store';
import { registerWebApp } from './platform/http/web-app';
import { createLogger } from './platform/logger';
import { enforceRoutePolicy } from './platform/policy/enforce-policy';
import { trackRequestContext } from './platform/process-guard';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  logger?: Logger;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const JSON_BODY_LIMIT = 1024 * 1024;

/** The whole HTTP app, not listening: main.ts listens, tests use inject or port 0. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config);
  const ctx = createAppContext({ config, database, clock, logger });

  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    trustProxy: config.trustProxy,
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  trackRequestContext(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandling(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseRateLimitStore(database.db, clock),
    errorResponseBuilder: () => Object.assign(new Error('rate limited'), { statusCode: 429 }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Kinerja API', description: 'Sistem manajemen kinerja ASN Pemerintah Kota Solok', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kinerja_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  enforceRoutePolicy(app, database.db, clock);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  for (const routes of [healthRoutes, authRoutes, accountsRoutes, auditRoutes, settingsRoutes, pegawaiRoutes, importsRoutes, periodsRoutes, orgGoalsRoutes, skpRoutes, realisationRoutes, feedbackRoutes, notificationsRoutes, dialogueRoutes, feedback360Routes, evaluationRoutes, calibrationRoutes]) {
    await app.register(routes(ctx));
  }
  await app.register(organisationRoutes(ctx, { visibleOpdIds }));
  await app.register(publicServiceRoutes(ctx));
  await registerWebApp(app, config.webDir);
  return app;
}
