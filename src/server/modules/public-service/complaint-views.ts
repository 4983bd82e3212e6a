import { complaintCategoryLabel, isOverdue, localDate } from '../../../domain/sla';
import type { ComplaintReceipt, ComplaintSummary, PublicComplaintStatus } from '../../../shared/schemas/public-service';
import type { ComplaintRow, listEvents } from './complaints.repository';

type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

/** Late at each stage: done after its deadline, or not done and the deadline passed. */
export function overdueFlags(row: Pick<ComplaintRow, 'first_response_due_at' | 'first_response_at' | 'resolution_due_at' | 'resolved_at'>, now: Date) {
  return {
    firstResponse: isOverdue(row.first_response_due_at, row.first_response_at, now),
    resolution: isOverdue(row.resolution_due_at, row.resolved_at, now),
  };
}

const excerptOf = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

export function toSummary(row: ComplaintRow, now: Date): ComplaintSummary {
  return {
    id: row.id,
    ticket: row.ticket,
    serviceUnitId: row.service_unit_id,
    unitName: row.unitName,
    category: row.category,
    status: row.status,
    excerpt: excerptOf(row.description),
    receivedAt: row.received_at.toISOString(),
    firstResponseDue: localDate(row.first_response_due_at),
    resolutionDue: localDate(row.resolution_due_at),
    firstResponseAt: row.first_response_at?.toISOString() ?? null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    assignee: row.assigned_pegawai_id ? { pegawaiId: row.assigned_pegawai_id, name: row.assigneeName ?? '' } : null,
    overdue: overdueFlags(row, now),
    escalated: row.escalation_level > 0,
    duplicateOfTicket: row.duplicateOfTicket,
    hasPhoto: row.photo_key !== null,
  };
}

export function toReceipt(row: ComplaintRow, duplicate: boolean): ComplaintReceipt {
  return {
    ticket: row.ticket,
    unitName: row.unitName,
    category: row.category,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    firstResponseDue: localDate(row.first_response_due_at),
    resolutionDue: localDate(row.resolution_due_at),
    duplicate,
  };
}

/** The citizen's view: status, deadlines and the unit's public answers — no description, contact or names. */
export function toPublicStatus(row: ComplaintRow, events: EventRow[], now: Date): PublicComplaintStatus {
  const flags = overdueFlags(row, now);
  return {
    ticket: row.ticket,
    unitName: row.unitName,
    category: row.category,
    categoryLabel: complaintCategoryLabel[row.category],
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    firstResponseDue: localDate(row.first_response_due_at),
    resolutionDue: localDate(row.resolution_due_at),
    firstResponseAt: row.first_response_at?.toISOString() ?? null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    overdue: flags.firstResponse || flags.resolution,
    timeline: events.map((e) => ({ at: e.at.toISOString(), status: e.status, text: e.public ? e.text : null })),
  };
}
