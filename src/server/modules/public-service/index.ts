import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COMPLAINT_PHOTO_MAX_BYTES } from '../../../shared/schemas/public-service';
import type { AppContext } from '../../platform/app-context';
import type { ScheduledJob } from '../../platform/jobs/scheduler';
import { complaintEscalationJob, type EscalationDeps } from './escalation.job';
import { publicServicePublicRoutes } from './public.routes';
import { publicServiceStaffRoutes } from './staff.routes';

export { computeServiceFed, isServiceFed, serviceFedKey, type ServiceFedIndicator, type ServiceFedValue } from './service-fed';
export { assertSourceUnit, describeServiceSource } from './service-source';
export { ESCALATION_JOB, escalateOverdueComplaints } from './escalation.job';
export { PUBLIC_LIMITS } from './public.routes';
// What the demo seed uses to fill the citizen side as intake would: units, holidays, SLA context, ticket codes and duplicate keys.
export { createHolidaysService } from './holidays.service';
export { createServiceUnitsService } from './service-units.service';
export { loadSlaContext } from './sla-context';
export { contentHash, newTicketCode } from './intake-keys';

/** The public pages' API (no account) and the staff API, with multipart for complaint photos. */
export function publicServiceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: COMPLAINT_PHOTO_MAX_BYTES, files: 1 } });
    await app.register(publicServicePublicRoutes(ctx));
    await app.register(publicServiceStaffRoutes(ctx));
  };
}

/** The scheduled jobs of this module: escalation of overdue complaints to the unit head. */
export function publicServiceJobs(deps: EscalationDeps): ScheduledJob[] {
  return [complaintEscalationJob(deps)];
}
