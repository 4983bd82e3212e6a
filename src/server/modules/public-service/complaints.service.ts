import { allowedComplaintActions, nextComplaintStatus, type ComplaintAction, type ComplaintActor, type ComplaintStatus } from '../../../domain/complaint-workflow';
import { complaintDeadlines, elapsedServiceDays, localDate, type ComplaintCategory } from '../../../domain/sla';
import type { ComplaintDetail } from '../../../shared/schemas/public-service';
import type { PageQuery } from '../../../shared/schemas/paging';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { notify } from '../notifications';
import { toSummary } from './complaint-views';
import * as repo from './complaints.repository';
import { loadCallerContext, unitRights } from './public-service.policy';
import { findHeads, findServiceUnit, listMembers } from './service-units.repository';
import { findPeriod } from './service-metrics.repository';
import { loadSlaContext } from './sla-context';

export type ComplaintActionInput =
  | { action: 'assign'; pegawaiId: string; category?: ComplaintCategory; note?: string }
  | { action: 'respond' | 'resolve'; text: string }
  | { action: 'reject'; reason: string };

const eventKind: Record<ComplaintAction, string> = { assign: 'ASSIGNED', respond: 'RESPONDED', resolve: 'RESOLVED', reject: 'REJECTED' };

/** Staff handling of complaints: the unit's inbox, the pegawai's assigned list, and each workflow step. */
export function createComplaintsService(ctx: AppContext) {
  const { db, clock, audit, storage } = ctx;
  const today = () => localDate(clock.now());

  /** The complaint, its unit and what the caller may do with it; 404 unknown, 403 out of reach. */
  async function load(trx: Executor, auth: AuthContext, id: string) {
    const complaint = await repo.findComplaint(trx, id);
    if (!complaint || complaint.instansi_id !== auth.account.instansiId) throw notFound();
    const unit = (await findServiceUnit(trx, complaint.service_unit_id))!;
    const rights = unitRights(await loadCallerContext(trx, auth, today()), unit);
    const isAssignee = complaint.assigned_pegawai_id !== null && complaint.assigned_pegawai_id === auth.account.pegawaiId;
    if (!rights.read && !isAssignee) throw forbiddenScope();
    const actors = new Set<ComplaintActor>([...(rights.dispatch ? (['head'] as const) : []), ...(isAssignee ? (['assignee'] as const) : [])]);
    return { complaint, unit, rights, actors, contactVisible: rights.handling || isAssignee };
  }

  async function detail(auth: AuthContext, id: string, trx: Executor = db): Promise<ComplaintDetail> {
    const { complaint: c, actors, contactVisible } = await load(trx, auth, id);
    const events = await repo.listEvents(trx, id);
    const allowed = allowedComplaintActions(c.status, actors);
    const given = c.complainant_name !== null || c.complainant_phone !== null || c.complainant_email !== null;
    return {
      ...toSummary(c, clock.now()),
      description: c.description,
      contact: contactVisible && given ? { name: c.complainant_name, phone: c.complainant_phone, email: c.complainant_email } : null,
      contactVisible,
      photo: c.photo_key && c.photo_content_type ? { contentType: c.photo_content_type, sizeBytes: Number(c.photo_size ?? 0) } : null,
      firstResponseDays: c.first_response_days,
      events: events.map((e) => ({ id: e.id, at: e.at.toISOString(), kind: e.kind, status: e.status, text: e.text, actorName: e.actorName, public: e.public })),
      can: { assign: allowed.includes('assign'), respond: allowed.includes('respond'), resolve: allowed.includes('resolve'), reject: allowed.includes('reject') },
    };
  }

  async function page(filter: Omit<repo.ComplaintFilter, 'after' | 'limit'>, query: PageQuery) {
    const key = decodeCursor(query.cursor, 2);
    const rows = await repo.listComplaints(db, { ...filter, after: key ? { receivedAt: key[0]!, id: key[1]! } : null, limit: query.limit });
    const now = clock.now();
    const result = toPage(rows, query.limit, (r) => [r.received_at.toISOString(), r.id]);
    return { items: result.items.map((r) => toSummary(r, now)), nextCursor: result.nextCursor };
  }

  /** The unit's complaints, newest first; a period narrows to those received in it. */
  async function inbox(auth: AuthContext, serviceUnitId: string, query: PageQuery & { status?: ComplaintStatus | 'OPEN'; overdue?: boolean; periodId?: string }) {
    const unit = await findServiceUnit(db, serviceUnitId);
    if (!unit || unit.instansi_id !== auth.account.instansiId) throw notFound();
    if (!unitRights(await loadCallerContext(db, auth, today()), unit).read) throw forbiddenScope();
    let range: { receivedFrom?: string; receivedTo?: string } = {};
    if (query.periodId) {
      const period = await findPeriod(db, auth.account.instansiId, query.periodId);
      if (!period) throw notFound();
      range = { receivedFrom: period.starts_on, receivedTo: period.ends_on };
    }
    return page({ serviceUnitIds: [serviceUnitId], status: query.status, overdueAt: query.overdue ? clock.now() : undefined, ...range }, query);
  }

  /** The complaints dispatched to the caller. */
  async function assigned(auth: AuthContext, query: PageQuery & { status?: ComplaintStatus | 'OPEN' }) {
    if (!auth.account.pegawaiId) return { items: [], nextCursor: null };
    return page({ assignedPegawaiId: auth.account.pegawaiId, status: query.status }, query);
  }

  async function act(auth: AuthContext, actor: AuditActor, id: string, input: ComplaintActionInput) {
    return inTransaction(db, async (trx) => {
      const { complaint: c, unit, actors } = await load(trx, auth, id);
      const status = c.status;
      const next = nextComplaintStatus(status, input.action);
      if (!next) throw conflict(`Pengaduan berstatus ${status} tidak dapat di-${input.action === 'assign' ? 'disposisikan' : input.action === 'reject' ? 'tolak' : 'tanggapi'}.`);
      if (!allowedComplaintActions(status, actors).includes(input.action)) throw forbiddenScope();
      const now = clock.now();
      const sla = await loadSlaContext(trx, c.instansi_id);
      const firstResponse = c.first_response_at === null && input.action !== 'assign' ? { first_response_at: now, first_response_days: elapsedServiceDays(c.received_at, now, sla.calendar) } : {};
      let text: string | null;
      if (input.action === 'assign') {
        const [members, heads] = await Promise.all([listMembers(trx, [unit.id]), findHeads(trx, [{ id: unit.unit_id, path: unit.unitPath }], today())]);
        const eligible = new Set([...members.map((m) => m.pegawai_id), heads.get(unit.unit_id)?.pegawaiId].filter((x): x is string => !!x));
        if (!eligible.has(input.pegawaiId)) throw ruleViolation('pegawaiId', `Pengaduan hanya dapat didisposisikan kepada petugas ${unit.name} atau kepalanya.`);
        const category = input.category ?? c.category;
        const due = category !== c.category ? complaintDeadlines(c.received_at, category, sla.calendar, sla.standards) : null;
        await repo.updateComplaint(trx, id, {
          status: next,
          assigned_pegawai_id: input.pegawaiId,
          assigned_at: now,
          category,
          ...(due ? { first_response_due_at: due.firstResponse.at, resolution_due_at: due.resolution.at } : {}),
          updated_at: now,
        });
        text = input.note ?? null;
        await notify(trx, { pegawaiIds: [input.pegawaiId] }, { kind: 'COMPLAINT_ASSIGNED', title: `Pengaduan ${c.ticket} didisposisikan kepada Anda`, body: `${unit.name}: tanggapi sebelum ${localDate(due?.firstResponse.at ?? c.first_response_due_at)}.`, link: `/layanan/pengaduan/${id}` });
      } else if (input.action === 'respond') {
        text = input.text;
        await repo.updateComplaint(trx, id, { status: next, ...firstResponse, updated_at: now });
      } else {
        text = input.action === 'reject' ? input.reason : input.text;
        await repo.updateComplaint(trx, id, { status: next, ...firstResponse, resolved_at: now, ...(input.action === 'reject' ? { rejection_reason: input.reason } : {}), updated_at: now });
      }
      // Dispatch notes are internal; answers and rejection reasons are what the citizen reads.
      await repo.insertEvent(trx, { complaint_id: id, at: now, kind: eventKind[input.action], status: next, text, public: input.action !== 'assign', actor_account_id: auth.account.id, actor_pegawai_id: auth.account.pegawaiId });
      await audit.append(trx, actor, {
        action: `complaint.${eventKind[input.action].toLowerCase()}`,
        entityType: 'complaint',
        entityId: id,
        data: { ticket: c.ticket, from: status, to: next, ...(input.action === 'assign' ? { pegawaiId: input.pegawaiId, category: input.category ?? c.category } : {}) },
      });
      return detail(auth, id, trx);
    });
  }

  /** The photo may show people: only the handling unit and the assignee open it. */
  async function openPhoto(auth: AuthContext, id: string) {
    const { complaint: c, contactVisible } = await load(db, auth, id);
    if (!contactVisible) throw forbiddenScope();
    if (!c.photo_key || !c.photo_content_type) throw notFound();
    return { stream: await storage.open(c.photo_key), contentType: c.photo_content_type, size: Number(c.photo_size ?? 0) };
  }

  return { detail, inbox, assigned, act, openPhoto };
}
