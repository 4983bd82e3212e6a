import type { FastifyRequest } from 'fastify';
import type { EvidenceView } from '../../../shared/schemas/execution';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction, type Executor, type Trx } from '../../platform/db/transaction';
import { AppError, conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { notify } from '../notifications';
import { listPeriodsOfYear } from '../periods';
import { loadReadableSkp } from '../skp';
import { receiveEvidenceFile } from './evidence-upload';
import * as evidenceRepo from './evidence.repository';
import { evidenceRights, toEvidenceView } from './period-view';
import { realisationRights } from './realisation.policy';
import type { createRealisationService } from './realisation.service';
import * as repo from './realisation.repository';

/** More than this many pieces for one indicator in one period is a sign of a wrong upload loop. */
const MAX_PIECES_PER_INDICATOR = 10;

export function createEvidenceService(ctx: AppContext, realisation: ReturnType<typeof createRealisationService>) {
  const { db, clock, audit, storage } = ctx;

  /** The owner's right to add evidence to this indicator in this period, checked before and inside the write. */
  async function assertCanAdd(trx: Executor, auth: AuthContext, skpId: string, periodId: string, ikiId: string) {
    const { readable, rights } = await realisation.loadPeriod(trx, auth, skpId, periodId);
    if (!readable.actors.has('owner')) throw forbiddenScope();
    if (!rights.edit) throw new AppError('RULE_VIOLATION', [{ path: 'period', message: rights.lockedReason ?? 'Bukti dukung tidak dapat ditambahkan.' }]);
    if (!(await repo.listIndicators(trx, [skpId])).some((i) => i.id === ikiId)) throw notFound();
    if (!(await repo.ikiExists(trx, ikiId))) throw conflict('Indikator ini dihapus dalam draf revisi SKP; bukti dukung tidak dapat ditambahkan.');
    const existing = (await evidenceRepo.listEvidence(trx, skpId, periodId)).filter((e) => e.iki_id === ikiId);
    if (existing.length >= MAX_PIECES_PER_INDICATOR) throw ruleViolation('file', `Paling banyak ${MAX_PIECES_PER_INDICATOR} bukti dukung per indikator per periode.`);
    return rights;
  }

  async function insertAndView(trx: Trx, actor: AuditActor, rights: ReturnType<typeof realisationRights>, row: Parameters<typeof evidenceRepo.insertEvidence>[1]) {
    const id = await evidenceRepo.insertEvidence(trx, row);
    await audit.append(trx, actor, { action: 'evidence.added', entityType: 'evidence', entityId: id, data: { skpId: row.skp_id, periodId: row.period_id, ikiId: row.iki_id, kind: row.kind, title: row.title, fileName: row.file_name ?? null, url: row.url ?? null, sizeBytes: row.size_bytes ?? null } });
    const saved = (await evidenceRepo.findEvidence(trx, id))!;
    return toEvidenceView(saved, evidenceRights(saved, rights));
  }

  /** A file from the phone camera or the computer: scope first, then the bytes, then one transaction; a refusal leaves nothing. */
  async function uploadFile(request: FastifyRequest, auth: AuthContext, actor: AuditActor, skpId: string, periodId: string, ikiId: string): Promise<EvidenceView> {
    await assertCanAdd(db, auth, skpId, periodId, ikiId);
    const file = await receiveEvidenceFile(request, storage);
    try {
      return await inTransaction(db, async (trx) => {
        const rights = await assertCanAdd(trx, auth, skpId, periodId, ikiId);
        return insertAndView(trx, actor, rights, {
          skp_id: skpId,
          iki_id: ikiId,
          period_id: periodId,
          kind: 'FILE',
          title: file.title ?? file.fileName,
          storage_key: file.stored.key,
          file_name: file.fileName,
          content_type: file.contentType,
          size_bytes: String(file.stored.size),
          uploaded_by: auth.account.id,
          created_at: clock.now(),
        });
      });
    } catch (error) {
      await storage.remove(file.stored.key);
      throw error;
    }
  }

  async function addLink(auth: AuthContext, actor: AuditActor, skpId: string, periodId: string, ikiId: string, input: { title: string; url: string }) {
    return inTransaction(db, async (trx) => {
      const rights = await assertCanAdd(trx, auth, skpId, periodId, ikiId);
      return insertAndView(trx, actor, rights, { skp_id: skpId, iki_id: ikiId, period_id: periodId, kind: 'LINK', title: input.title, url: input.url, uploaded_by: auth.account.id, created_at: clock.now() });
    });
  }

  /** A piece of evidence with the caller's rights over it: 404 unknown, 403 when its SKP is out of scope. */
  async function load(trx: Executor, auth: AuthContext, id: string) {
    const row = await evidenceRepo.findEvidence(trx, id);
    if (!row) throw notFound();
    const readable = await loadReadableSkp(trx, auth, row.skp_id);
    const period = (await listPeriodsOfYear(trx, readable.skp.instansi_id, readable.skp.year)).find((p) => p.id === row.period_id)!;
    return { row, readable, period, rights: realisationRights(auth, readable, period, await repo.findSubmission(trx, row.skp_id, row.period_id), await repo.isRatedLocked(trx, row.skp_id, row.period_id)) };
  }

  /** The atasan accepts or rejects one piece; a rejection carries its reason to the pegawai. */
  async function review(auth: AuthContext, actor: AuditActor, id: string, input: { decision: 'ACCEPTED' | 'REJECTED'; reason?: string }) {
    return inTransaction(db, async (trx) => {
      const { row, readable, period, rights } = await load(trx, auth, id);
      if (!rights.review) throw rights.giveFeedback ? conflict('Periode ini sudah ditutup; bukti dukung tidak dapat ditinjau lagi.') : forbiddenScope();
      const reason = input.decision === 'REJECTED' ? (input.reason ?? '').trim() : null;
      await evidenceRepo.reviewEvidence(trx, id, { status: input.decision, review_reason: reason, reviewed_by: auth.account.id, reviewed_at: clock.now() });
      await audit.append(trx, actor, { action: input.decision === 'ACCEPTED' ? 'evidence.accepted' : 'evidence.rejected', entityType: 'evidence', entityId: id, data: { skpId: row.skp_id, periodId: row.period_id, before: row.status, reason } });
      if (input.decision === 'REJECTED') {
        await notify(trx, { pegawaiIds: [readable.skp.pegawai_id] }, { kind: 'EVIDENCE_REJECTED', title: `Bukti dukung ditolak: ${row.title}`, body: `${auth.account.name} menolak bukti dukung "${row.title}" (${period.name}). Alasan: ${reason}`, link: `/skp/${row.skp_id}/periode/${row.period_id}` });
      }
      const saved = (await evidenceRepo.findEvidence(trx, id))!;
      return toEvidenceView(saved, evidenceRights(saved, rights));
    });
  }

  /** The owner withdraws a piece not yet accepted; the file goes once the row is gone. */
  async function remove(auth: AuthContext, actor: AuditActor, id: string) {
    const key = await inTransaction(db, async (trx) => {
      const { row, readable, rights } = await load(trx, auth, id);
      if (!readable.actors.has('owner')) throw forbiddenScope();
      if (!evidenceRights(row, rights).delete) throw conflict(row.status === 'ACCEPTED' ? 'Bukti dukung yang sudah diterima tidak dapat dihapus.' : (rights.lockedReason ?? 'Bukti dukung tidak dapat dihapus.'));
      await evidenceRepo.deleteEvidence(trx, id);
      await audit.append(trx, actor, { action: 'evidence.removed', entityType: 'evidence', entityId: id, data: { skpId: row.skp_id, periodId: row.period_id, title: row.title, fileName: row.file_name, status: row.status } });
      return row.storage_key;
    });
    if (key) await storage.remove(key);
    return { ok: true as const };
  }

  /** The stored file, for whoever may read its SKP. */
  async function openFile(auth: AuthContext, id: string) {
    const { row } = await load(db, auth, id);
    if (row.kind !== 'FILE' || !row.storage_key) throw notFound();
    return { stream: await storage.open(row.storage_key), fileName: row.file_name ?? 'bukti', contentType: row.content_type ?? 'application/octet-stream', size: Number(row.size_bytes ?? 0) };
  }

  return { uploadFile, addLink, review, remove, openFile };
}
