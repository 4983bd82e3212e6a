import { z } from 'zod';
import { isoDate } from './dates';
import { page, pageQuery } from './paging';

export const auditEntry = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string(),
  actorLogin: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditListQuery = pageQuery.extend({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditPage = page(auditEntry);
export type AuditPage = z.infer<typeof auditPage>;
