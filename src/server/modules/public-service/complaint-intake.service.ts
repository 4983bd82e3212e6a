import type { FastifyRequest } from 'fastify';
import { complaintDeadlines, localDate } from '../../../domain/sla';
import { COMPLAINT_PHOTO_MAX_BYTES, complaintPhotoTypes, complaintSubmission, type ComplaintReceipt, type ComplaintSubmission } from '../../../shared/schemas/public-service';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import { inTransaction } from '../../platform/db/transaction';
import { AppError, notFound } from '../../platform/errors';
import { receiveUpload } from '../../platform/http/multipart-upload';
import type { StoredFile } from '../../platform/storage/file-storage';
import { notify } from '../notifications';
import { toPublicStatus, toReceipt } from './complaint-views';
import * as repo from './complaints.repository';
import { contentHash, hashAddress, newTicketCode } from './intake-keys';
import { findHeads, findServiceUnitBySlug, listMembers, type ServiceUnitRow } from './service-units.repository';
import { loadSlaContext } from './sla-context';

const DAY_MS = 86_400_000;
/** The same text from the same address within a day is the same complaint (a double tap, a reload). */
const SAME_SENDER_WINDOW_MS = DAY_MS;
/** The same text from elsewhere within a month is flagged for the unit as a likely duplicate. */
const DUPLICATE_FLAG_WINDOW_MS = 30 * DAY_MS;

export interface IntakeMeta {
  ip: string;
  requestId: string;
}

export interface IntakeResult {
  created: boolean;
  receipt: ComplaintReceipt;
}

const invalidFields = (issues: { path: PropertyKey[]; message: string }[]) =>
  new AppError('VALIDATION_FAILED', issues.map((i) => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message })));

/**
 * The public side of complaints: anyone files one at a unit's page (no account) and follows it by
 * its ticket. Abuse controls: the route's rate limit per address, a honeypot field answered with a
 * receipt that is never stored, and duplicate detection by content and (hashed) address.
 */
export function createComplaintIntakeService(ctx: AppContext) {
  const { db, clock, audit, storage, auditKey, logger } = ctx;

  /** JSON, or multipart/form-data with the same fields and an optional `photo` checked by content. */
  async function readSubmission(request: FastifyRequest): Promise<{ input: ComplaintSubmission; photo: { contentType: string; stored: StoredFile } | null }> {
    let raw: unknown = request.body;
    let photo: { contentType: string; stored: StoredFile } | null = null;
    if (request.isMultipart()) {
      const upload = await receiveUpload(request, storage, {
        fileField: 'photo',
        maxBytes: COMPLAINT_PHOTO_MAX_BYTES,
        allowed: complaintPhotoTypes,
        required: false,
        fields: ['category', 'description', 'name', 'phone', 'email', 'website'],
        tooLargeMessage: `Foto lebih besar dari ${COMPLAINT_PHOTO_MAX_BYTES / (1024 * 1024)} MB. Kirim foto yang lebih kecil.`,
      });
      raw = upload.fields;
      photo = upload.file;
    }
    const parsed = complaintSubmission.safeParse(raw ?? {});
    if (!parsed.success) {
      if (photo) await storage.remove(photo.stored.key);
      throw invalidFields(parsed.error.issues);
    }
    return { input: parsed.data, photo };
  }

  async function notifyUnit(trx: Parameters<typeof notify>[0], unit: ServiceUnitRow, complaintId: string, ticket: string, category: string) {
    const [heads, members] = await Promise.all([findHeads(trx, [{ id: unit.unit_id, path: unit.unitPath }], localDate(clock.now())), listMembers(trx, [unit.id])]);
    const recipients = [heads.get(unit.unit_id)?.pegawaiId, ...members.filter((m) => m.role === 'KOORDINATOR').map((m) => m.pegawai_id)].filter((id): id is string => !!id);
    await notify(trx, { pegawaiIds: recipients }, {
      kind: 'COMPLAINT_RECEIVED',
      title: `Pengaduan baru di ${unit.name}`,
      body: `Pengaduan ${ticket} (${category.toLowerCase().replace('_', ' ')}) menunggu disposisi.`,
      link: `/layanan/pengaduan/${complaintId}`,
    });
  }

  async function fileComplaint(request: FastifyRequest, slug: string, meta: IntakeMeta): Promise<IntakeResult> {
    const unit = await findServiceUnitBySlug(db, slug);
    if (!unit) throw notFound();
    const { input, photo } = await readSubmission(request);
    const now = clock.now();
    if (input.website && input.website.trim() !== '') {
      // A bot filled the hidden field: it gets what looks like a receipt, nothing is kept.
      if (photo) await storage.remove(photo.stored.key);
      logger.info({ requestId: meta.requestId, slug }, 'complaint honeypot filled; discarded');
      const sla = await loadSlaContext(db, unit.instansi_id);
      const due = complaintDeadlines(now, input.category, sla.calendar, sla.standards);
      const receipt = { ticket: newTicketCode(), unitName: unit.name, category: input.category, status: 'DITERIMA' as const, receivedAt: now.toISOString(), firstResponseDue: due.firstResponse.date, resolutionDue: due.resolution.date, duplicate: false };
      return { created: true, receipt };
    }
    const ipHash = hashAddress(auditKey, meta.ip);
    const hash = contentHash(unit.id, input.category, input.description);
    const result = await inTransaction(db, async (trx): Promise<IntakeResult> => {
      const earlier = await repo.findRecentSameContent(trx, unit.id, hash, new Date(now.getTime() - DUPLICATE_FLAG_WINDOW_MS));
      const resent = earlier.find((e) => e.ip_hash === ipHash && e.received_at.getTime() >= now.getTime() - SAME_SENDER_WINDOW_MS);
      if (resent) return { created: false, receipt: toReceipt((await repo.findComplaint(trx, resent.id))!, true) };
      const sla = await loadSlaContext(trx, unit.instansi_id);
      const due = complaintDeadlines(now, input.category, sla.calendar, sla.standards);
      const ticket = newTicketCode();
      const id = await repo.insertComplaint(trx, {
        instansi_id: unit.instansi_id,
        service_unit_id: unit.id,
        ticket,
        category: input.category,
        description: input.description,
        complainant_name: input.name ?? null,
        complainant_phone: input.phone ?? null,
        complainant_email: input.email ?? null,
        photo_key: photo?.stored.key ?? null,
        photo_content_type: photo?.contentType ?? null,
        photo_size: photo ? String(photo.stored.size) : null,
        received_at: now,
        received_on: localDate(now),
        first_response_due_at: due.firstResponse.at,
        resolution_due_at: due.resolution.at,
        duplicate_of: earlier[0]?.id ?? null,
        content_hash: hash,
        ip_hash: ipHash,
        updated_at: now,
      });
      await repo.insertEvent(trx, { complaint_id: id, at: now, kind: 'RECEIVED', status: 'DITERIMA', text: null, public: false, actor_account_id: null, actor_pegawai_id: null });
      // The citizen's address and contact stay out of the audit log; the ticket identifies the complaint.
      const actor: AuditActor = { instansiId: unit.instansi_id, accountId: null, login: null, ip: null, requestId: meta.requestId };
      await audit.append(trx, actor, { action: 'complaint.received', entityType: 'complaint', entityId: id, data: { ticket, serviceUnitId: unit.id, category: input.category, photo: photo !== null, duplicateOf: earlier[0]?.id ?? null } });
      await notifyUnit(trx, unit, id, ticket, input.category);
      return { created: true, receipt: toReceipt((await repo.findComplaint(trx, id))!, false) };
    }).catch(async (error: unknown) => {
      if (photo) await storage.remove(photo.stored.key);
      throw error;
    });
    if (!result.created && photo) await storage.remove(photo.stored.key);
    return result;
  }

  /** Anyone with the ticket: status, deadlines and the public answers; an unknown ticket is 404. */
  async function status(ticket: string) {
    const row = await repo.findComplaintByTicket(db, ticket);
    if (!row) throw notFound();
    return toPublicStatus(row, await repo.listEvents(db, row.id, true), clock.now());
  }

  return { fileComplaint, status };
}
