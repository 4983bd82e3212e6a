import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { ComplaintStatus } from '../../../domain/complaint-workflow';
import type { ComplaintTable } from '../../db/schema-public-service';
import type { Executor } from '../../platform/db/transaction';

const columns = [
  'c.id',
  'c.instansi_id',
  'c.service_unit_id',
  'c.ticket',
  'c.category',
  'c.description',
  'c.complainant_name',
  'c.complainant_phone',
  'c.complainant_email',
  'c.photo_key',
  'c.photo_content_type',
  'c.photo_size',
  'c.status',
  'c.received_at',
  'c.received_on',
  'c.first_response_due_at',
  'c.resolution_due_at',
  'c.assigned_pegawai_id',
  'c.first_response_at',
  'c.first_response_days',
  'c.resolved_at',
  'c.rejection_reason',
  'c.escalation_level',
  'c.duplicate_of',
  's.name as unitName',
  'a.name as assigneeName',
  'd.ticket as duplicateOfTicket',
] as const;

function withJoins(db: Executor) {
  return db
    .selectFrom('complaint as c')
    .innerJoin('service_unit as s', 's.id', 'c.service_unit_id')
    .leftJoin('pegawai as a', 'a.id', 'c.assigned_pegawai_id')
    .leftJoin('complaint as d', 'd.id', 'c.duplicate_of')
    .select(columns);
}

export async function findComplaint(db: Executor, id: string) {
  return withJoins(db).where('c.id', '=', id).executeTakeFirst();
}
export type ComplaintRow = NonNullable<Awaited<ReturnType<typeof findComplaint>>>;

export async function findComplaintByTicket(db: Executor, ticket: string) {
  return withJoins(db).where('c.ticket', '=', ticket).executeTakeFirst();
}

/** The latest complaint to the unit with the same content since `since` (duplicate detection). */
export async function findRecentSameContent(db: Executor, serviceUnitId: string, contentHash: string, since: Date) {
  return db
    .selectFrom('complaint')
    .select(['id', 'ticket', 'ip_hash', 'received_at'])
    .where('service_unit_id', '=', serviceUnitId)
    .where('content_hash', '=', contentHash)
    .where('received_at', '>=', since)
    .orderBy('received_at')
    .execute();
}

export async function insertComplaint(db: Executor, row: Insertable<ComplaintTable>) {
  return (await db.insertInto('complaint').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateComplaint(
  db: Executor,
  id: string,
  fields: Partial<Pick<Insertable<ComplaintTable>, 'status' | 'assigned_pegawai_id' | 'assigned_at' | 'first_response_at' | 'first_response_days' | 'resolved_at' | 'rejection_reason' | 'category' | 'resolution_due_at' | 'first_response_due_at' | 'updated_at'>>,
) {
  await db.updateTable('complaint').set(fields).where('id', '=', id).execute();
}

export async function insertEvent(
  db: Executor,
  row: { complaint_id: string; at: Date; kind: string; status: string; text: string | null; public: boolean; actor_account_id: string | null; actor_pegawai_id: string | null },
) {
  await db.insertInto('complaint_event').values(row).execute();
}

export async function listEvents(db: Executor, complaintId: string, publicOnly = false) {
  let query = db
    .selectFrom('complaint_event as e')
    .leftJoin('pegawai as p', 'p.id', 'e.actor_pegawai_id')
    .leftJoin('account as a', 'a.id', 'e.actor_account_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.status', 'e.text', 'e.public', sql<string | null>`coalesce(p.name, a.name)`.as('actorName')])
    .where('e.complaint_id', '=', complaintId);
  // The public timeline: status changes and answers; an escalation is internal.
  if (publicOnly) query = query.where('e.kind', 'in', ['RECEIVED', 'ASSIGNED', 'RESPONDED', 'RESOLVED', 'REJECTED']);
  return query.orderBy('e.id').execute();
}

export interface ComplaintFilter {
  serviceUnitIds?: readonly string[];
  assignedPegawaiId?: string;
  status?: ComplaintStatus | 'OPEN';
  overdueAt?: Date;
  receivedFrom?: string;
  receivedTo?: string;
  after: { receivedAt: string; id: string } | null;
  limit: number;
}

/** A page of complaints, newest first (keyset on received_at, id). */
export async function listComplaints(db: Executor, f: ComplaintFilter) {
  let query = withJoins(db);
  if (f.serviceUnitIds) query = f.serviceUnitIds.length === 0 ? query.where(sql<boolean>`false`) : query.where('c.service_unit_id', 'in', f.serviceUnitIds);
  if (f.assignedPegawaiId) query = query.where('c.assigned_pegawai_id', '=', f.assignedPegawaiId);
  if (f.status === 'OPEN') query = query.where('c.status', 'not in', ['SELESAI', 'DITOLAK']);
  else if (f.status) query = query.where('c.status', '=', f.status);
  if (f.overdueAt) {
    const now = f.overdueAt;
    query = query.where(
      sql<boolean>`(c.resolved_at is null and c.resolution_due_at < ${now}) or (c.first_response_at is null and c.first_response_due_at < ${now}) or c.resolved_at > c.resolution_due_at or c.first_response_at > c.first_response_due_at`,
    );
  }
  if (f.receivedFrom) query = query.where('c.received_on', '>=', f.receivedFrom);
  if (f.receivedTo) query = query.where('c.received_on', '<=', f.receivedTo);
  if (f.after) {
    const { receivedAt, id } = f.after;
    query = query.where(sql<boolean>`(c.received_at, c.id) < (${receivedAt}::timestamptz, ${id}::bigint)`);
  }
  return query.orderBy('c.received_at', 'desc').orderBy('c.id', 'desc').limit(f.limit + 1).execute();
}

/** Open complaints past a deadline whose head has not yet been told about that stage (escalation job). */
export async function listToEscalate(db: Executor, now: Date, limit: number) {
  return db
    .selectFrom('complaint as c')
    .innerJoin('service_unit as s', 's.id', 'c.service_unit_id')
    .innerJoin('unit_kerja as u', 'u.id', 's.unit_id')
    .select(['c.id', 'c.instansi_id', 'c.ticket', 'c.status', 'c.escalation_level', 'c.first_response_at', 'c.first_response_due_at', 'c.resolution_due_at', 's.id as serviceUnitId', 's.name as unitName', 's.unit_id', 'u.path as unitPath'])
    .where('c.status', 'not in', ['SELESAI', 'DITOLAK'])
    .where((eb) =>
      eb.or([
        eb.and([eb('c.escalation_level', '<', 2), eb('c.resolution_due_at', '<', now)]),
        eb.and([eb('c.escalation_level', '<', 1), eb('c.first_response_at', 'is', null), eb('c.first_response_due_at', '<', now)]),
      ]),
    )
    .orderBy('c.id')
    .limit(limit)
    .execute();
}

export async function setEscalationLevel(db: Executor, id: string, level: number) {
  await db.updateTable('complaint').set({ escalation_level: level }).where('id', '=', id).execute();
}
