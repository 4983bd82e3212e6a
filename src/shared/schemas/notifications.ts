import { z } from 'zod';
import { page, pageQuery } from './paging';

export const notificationKind = z.enum([
  'SKP_SUBMITTED',
  'SKP_RETURNED',
  'SKP_APPROVED',
  'REALISATION_SUBMITTED',
  'REALISATION_REOPENED',
  'EVIDENCE_REJECTED',
  'FEEDBACK_RECEIVED',
  'FEEDBACK360_REQUESTED',
  'DIALOGUE_RECORDED',
  'REALISATION_REMINDER',
  'COMPLAINT_RECEIVED',
  'COMPLAINT_ASSIGNED',
  'COMPLAINT_OVERDUE',
  'EVALUATION_FINALISED',
  'KEBERATAN_FILED',
  'KEBERATAN_DECIDED',
  'CHAIN_CHANGED',
]);
export type NotificationKind = z.infer<typeof notificationKind>;

export const notificationView = z.object({
  id: z.string(),
  kind: notificationKind,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});
// `?unread=false` must mean false: z.coerce.boolean would read any non-empty string as true.
export const notificationQuery = pageQuery.extend({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
export const notificationPage = page(notificationView).extend({ unreadCount: z.number() });
export const notificationReadAllResult = z.object({ updated: z.number(), unreadCount: z.number() });
export type NotificationView = z.infer<typeof notificationView>;
