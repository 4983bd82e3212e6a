import { coreValueCodes } from '../../../domain/berakhlak';
import { defaultAccumulation } from '../../../domain/capaian';
import { allowedSkpActions, isSkpEditable, nextSkpStatus, type SkpAction } from '../../../domain/skp-workflow';
import type { IkiInput, RhkInput, SkpContent, SkpView } from '../../../shared/schemas/planning';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { addDays, todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor, type Trx } from '../../platform/db/transaction';
import { AppError, conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { assertSourceUnit } from '../public-service';
import { approvedContent } from './approved-plan';
import { loadReadableSkp } from './skp-access';
import { buildSkpContent, intervenableFor } from './skp-read';
import { notifySkpTransition } from './skp-notifications';
import * as repo from './skp.repository';

/** `kept`: the accumulation the IKI had (an update without the field keeps it; only a new IKI gets the default). */
const toIkiRow = (i: IkiInput, kept?: string | null): repo.IkiRow => ({
  aspek: i.aspek,
  indicator: i.indicator,
  target_value: i.targetValue ?? null,
  target_text: i.targetText?.trim() || null,
  satuan: i.satuan?.trim() || null,
  direction: i.direction,
  baseline: i.baseline ?? null,
  perspektif: i.perspektif ?? null,
  // Chosen when the IKI is defined; left out, the default that fits it is written down with it.
  accumulation: i.accumulation ?? (kept !== undefined ? kept : defaultAccumulation(i.aspek, { satuan: i.satuan, direction: i.direction, serviceFed: i.sourceKind != null })),
  ...(i.sourceKind !== undefined || i.sourceUnitId !== undefined ? { source_kind: i.sourceKind ?? null, source_unit_id: i.sourceUnitId ?? null } : {}),
});

export function createSkpService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  const loadReadable = loadReadableSkp;

  async function view(auth: AuthContext, id: string, trx: Executor = db): Promise<SkpView> {
    const { skp, participants, actors } = await loadReadable(trx, auth, id);
    const [content, revisions, intervenable] = await Promise.all([buildSkpContent(trx, skp, participants), repo.listRevisions(trx, id), intervenableFor(trx, skp, participants)]);
    const status = skp.status;
    const running = skp.valid_to === null;
    const actions = running ? allowedSkpActions(status, actors) : [];
    return {
      ...content,
      id: skp.id,
      year: skp.year,
      status,
      revision: skp.revision,
      validFrom: skp.valid_from,
      validTo: skp.valid_to,
      returnNote: skp.return_note,
      submittedAt: skp.submitted_at?.toISOString() ?? null,
      decidedAt: skp.decided_at?.toISOString() ?? null,
      isJpt: skp.jabatanJenis === 'JPT',
      revisions: revisions.map((r) => ({ revision: r.revision, approvedAt: r.approved_at.toISOString() })),
      intervenable,
      can: {
        edit: running && actors.has('owner') && isSkpEditable(status),
        editPerilaku: running && ((actors.has('owner') && isSkpEditable(status)) || (actors.has('penilai') && status !== 'DISETUJUI')),
        submit: actions.includes('submit'),
        approve: actions.includes('approve'),
        return: actions.includes('return'),
        revise: actions.includes('revise'),
        cascade: running && actors.has('owner') && status === 'DISETUJUI' && content.rhk.length > 0,
      },
    };
  }

  /** The pegawai's own SKP for a year, on their current post; one running SKP per year. */
  async function createSkp(auth: AuthContext, actor: AuditActor, input: { year: number; pendekatan: string }) {
    const pegawaiId = auth.account.pegawaiId;
    if (!pegawaiId) throw ruleViolation('pegawai', 'Akun ini tidak terhubung dengan data pegawai.');
    const id = await inTransaction(db, (trx) => startSkp(trx, actor, pegawaiId, input.year, input.pendekatan));
    return view(auth, id);
  }

  async function firstDayOfYearOnPost(trx: Trx, pegawaiId: string, year: number) {
    const [yearStart, yearEnd] = [`${year}-01-01`, `${year}-12-31`];
    const today = todayInSolok(clock);
    const asOf = today < yearStart ? yearStart : today > yearEnd ? yearEnd : today;
    const post = await repo.findCurrentPost(trx, pegawaiId, asOf);
    return post && post.heldSince > yearStart ? post.heldSince : yearStart;
  }

  /** Also used by the matriks peran hasil to draft a subordinate's SKP. */
  async function startSkp(trx: Trx, actor: AuditActor, pegawaiId: string, year: number, pendekatan = 'KUANTITATIF') {
    if (await repo.findRunningSkp(trx, pegawaiId, year)) throw conflict(`SKP tahun ${year} sudah ada.`);
    // After a mutasi the next SKP starts the day after the previous one ended, on the post held then;
    // the first SKP of a year covers it from 1 January, or from the day the current post was taken.
    const previousEnd = await repo.findLastEndedSkpEnd(trx, pegawaiId, year);
    const startsOn = previousEnd ? nextDay(previousEnd) : await firstDayOfYearOnPost(trx, pegawaiId, year);
    const post = await repo.findCurrentPost(trx, pegawaiId, startsOn);
    if (!post) throw ruleViolation('pegawai', 'Pegawai belum memiliki jabatan aktif; hubungi BKPSDM.');
    const performanceYear = await repo.findPerformanceYear(trx, post.instansi_id, year);
    if (!performanceYear || performanceYear.status !== 'OPEN') throw ruleViolation('year', `Tahun kinerja ${year} belum dibuka (atau sudah ditutup) oleh BKPSDM.`);
    const id = await repo.insertSkp(trx, { instansiId: post.instansi_id, pegawaiId, year, jabatanId: post.jabatanId, opdId: post.opd_id, pendekatan, validFrom: startsOn }, coreValueCodes);
    await audit.append(trx, actor, { action: 'skp.created', entityType: 'skp', entityId: id, data: { pegawaiId, year, pendekatan } });
    return id;
  }

  /** Loads an SKP the caller owns and may still edit. */
  async function loadEditable(trx: Executor, auth: AuthContext, id: string) {
    const loaded = await loadReadable(trx, auth, id);
    if (!loaded.actors.has('owner')) throw forbiddenScope();
    if (loaded.skp.valid_to !== null || !isSkpEditable(loaded.skp.status)) {
      throw conflict('SKP ini tidak dapat diubah pada status sekarang. Ajukan revisi untuk mengubah SKP yang sudah disetujui.');
    }
    return loaded;
  }

  async function updateSkp(auth: AuthContext, actor: AuditActor, id: string, input: { pendekatan?: string; lampiran?: { sumberDaya?: string; skema?: string; konsekuensi?: string } }) {
    return inTransaction(db, async (trx) => {
      await loadEditable(trx, auth, id);
      const fields = {
        ...(input.pendekatan ? { pendekatan: input.pendekatan } : {}),
        ...(input.lampiran?.sumberDaya !== undefined ? { lampiran_sumber_daya: input.lampiran.sumberDaya } : {}),
        ...(input.lampiran?.skema !== undefined ? { lampiran_skema: input.lampiran.skema } : {}),
        ...(input.lampiran?.konsekuensi !== undefined ? { lampiran_konsekuensi: input.lampiran.konsekuensi } : {}),
      };
      await repo.updateSkpFields(trx, id, fields, clock.now());
      await audit.append(trx, actor, { action: 'skp.updated', entityType: 'skp', entityId: id, data: fields });
      return view(auth, id, trx);
    });
  }

  /** The link up must be one the SKP may intervene: the atasan's approved RHK, or an IKU for a JPT. */
  async function checkLink(trx: Executor, skp: repo.SkpRow, participants: Parameters<typeof intervenableFor>[2], input: RhkInput) {
    const allowed = await intervenableFor(trx, skp, participants);
    if (input.parentRhkId && !allowed.some((a) => a.kind === 'RHK' && a.id === input.parentRhkId)) {
      throw ruleViolation('parentRhkId', 'RHK yang diintervensi harus berasal dari SKP atasan langsung yang sudah disetujui.');
    }
    if (input.orgGoalId && !allowed.some((a) => a.kind === 'IKU' && a.id === input.orgGoalId)) {
      throw ruleViolation('orgGoalId', 'Indikator kinerja utama harus milik OPD Anda pada tahun SKP ini.');
    }
    for (const [index, iki] of input.iki.entries()) if (iki.sourceUnitId) await assertSourceUnit(trx, skp.instansi_id, iki.sourceUnitId, `iki.${index}.sourceUnitId`);
  }

  /**
   * While a revision is drafted the approved revision stays in force and its snapshot points at these
   * rows (realisation, submission and rating read them): what it holds is removed only once the revision is approved.
   */
  async function refuseDroppingApproved(trx: Executor, skpId: string, rhkIds: string[], ikiIds: string[]) {
    if (rhkIds.length === 0 && ikiIds.length === 0) return;
    const approved = await approvedContent(trx, skpId);
    if (!approved) return;
    const rhk = approved.content.rhk;
    if (rhk.some((r) => rhkIds.includes(r.id))) throw conflict(`RHK ini termasuk SKP revisi ${approved.revision} yang masih berlaku; RHK dapat dihapus setelah revisi ini disetujui.`);
    if (rhk.some((r) => r.iki.some((i) => ikiIds.includes(i.id)))) throw conflict(`Indikator yang dihapus termasuk SKP revisi ${approved.revision} yang masih berlaku; indikator dapat dihapus setelah revisi ini disetujui.`);
  }

  async function addRhk(auth: AuthContext, actor: AuditActor, id: string, input: RhkInput) {
    return inTransaction(db, async (trx) => {
      const { skp, participants } = await loadEditable(trx, auth, id);
      await checkLink(trx, skp, participants, input);
      const rhkId = await repo.insertRhk(trx, id, rhkRow(input), await repo.nextRhkPosition(trx, id), input.iki.map((i) => toIkiRow(i)));
      await audit.append(trx, actor, { action: 'skp.rhk_added', entityType: 'skp', entityId: id, data: { rhkId, ...input } });
      return view(auth, id, trx);
    });
  }

  async function updateRhk(auth: AuthContext, actor: AuditActor, id: string, rhkId: string, input: RhkInput) {
    return inTransaction(db, async (trx) => {
      const { skp, participants } = await loadEditable(trx, auth, id);
      const rhk = await repo.findRhk(trx, rhkId);
      if (!rhk || rhk.skp_id !== id) throw notFound();
      await checkLink(trx, skp, participants, input);
      const existing = await repo.listIkiOf(trx, rhkId);
      const dropped = existing.slice(input.iki.length).map((i) => i.id);
      if ((await repo.countRecordedWork(trx, { ikiIds: dropped })) > 0) throw conflict('Indikator yang dihapus sudah memiliki realisasi atau bukti dukung; ubah isinya, jangan dihapus.');
      await refuseDroppingApproved(trx, id, [], dropped);
      await repo.replaceRhk(trx, rhkId, rhkRow(input), input.iki.map((i, index) => toIkiRow(i, existing[index]?.accumulation)));
      await audit.append(trx, actor, { action: 'skp.rhk_updated', entityType: 'skp', entityId: id, data: { rhkId, before: { text: rhk.text, parentRhkId: rhk.parent_rhk_id }, after: input } });
      return view(auth, id, trx);
    });
  }

  async function deleteRhk(auth: AuthContext, actor: AuditActor, id: string, rhkId: string) {
    return inTransaction(db, async (trx) => {
      await loadEditable(trx, auth, id);
      const rhk = await repo.findRhk(trx, rhkId);
      if (!rhk || rhk.skp_id !== id) throw notFound();
      const children = await repo.countChildren(trx, rhkId);
      if (children > 0) throw conflict(`RHK ini diintervensi oleh ${children} RHK bawahan; ubah RHK mereka dahulu.`);
      if ((await repo.countRecordedWork(trx, { rhkId })) > 0) throw conflict('RHK ini sudah memiliki realisasi atau bukti dukung, sehingga tidak dapat dihapus.');
      await refuseDroppingApproved(trx, id, [rhkId], []);
      await repo.deleteRhk(trx, rhkId);
      await audit.append(trx, actor, { action: 'skp.rhk_deleted', entityType: 'skp', entityId: id, data: { rhkId, text: rhk.text } });
      return view(auth, id, trx);
    });
  }

  /** Ekspektasi khusus pimpinan: the penilai states them; the pegawai may draft them. */
  async function setPerilaku(auth: AuthContext, actor: AuditActor, id: string, items: { code: string; ekspektasi: string }[]) {
    return inTransaction(db, async (trx) => {
      const current = await view(auth, id, trx);
      if (!current.can.editPerilaku) throw current.status === 'DISETUJUI' ? conflict('SKP sudah disetujui; ajukan revisi untuk mengubahnya.') : forbiddenScope();
      const unknown = items.find((i) => !coreValueCodes.includes(i.code as never));
      if (unknown) throw new AppError('VALIDATION_FAILED', [{ path: 'items.code', message: `nilai inti tidak dikenal: ${unknown.code}` }]);
      for (const item of items) await repo.setPerilaku(trx, id, item.code, item.ekspektasi);
      await audit.append(trx, actor, { action: 'skp.perilaku_updated', entityType: 'skp', entityId: id, data: { items } });
      return view(auth, id, trx);
    });
  }

  /** Every workflow change goes through the one transition table in src/domain/skp-workflow.ts. */
  async function transition(auth: AuthContext, actor: AuditActor, id: string, action: SkpAction, note?: string) {
    return inTransaction(db, async (trx) => {
      const { skp, participants, actors } = await loadReadable(trx, auth, id);
      const status = skp.status;
      const next = skp.valid_to === null ? nextSkpStatus(status, action) : null;
      if (!next) throw conflict(`Tindakan "${action}" tidak berlaku untuk SKP berstatus ${status}.`);
      if (!allowedSkpActions(status, actors).includes(action)) throw forbiddenScope();
      const now = clock.now();
      if (action === 'submit') {
        const content = await buildSkpContent(trx, skp, participants);
        checkReadyToSubmit(content, skp.jabatanJenis === 'JPT');
        await repo.setSkpStatus(trx, id, { status: next, submitted_at: now, return_note: null }, now);
      } else if (action === 'approve') {
        const content = await buildSkpContent(trx, skp, participants);
        await repo.insertRevision(trx, { skpId: id, revision: skp.revision, approvedAt: now, approvedBy: auth.account.id, snapshot: content });
        await repo.setSkpStatus(trx, id, { status: next, decided_at: now, decided_by: auth.account.id, return_note: null }, now);
      } else if (action === 'return') {
        await repo.setSkpStatus(trx, id, { status: next, decided_at: now, decided_by: auth.account.id, return_note: note ?? null }, now);
      } else {
        await repo.setSkpStatus(trx, id, { status: next, revision: skp.revision + 1, submitted_at: null, decided_at: null, decided_by: null }, now);
      }
      await notifySkpTransition(trx, { action, skp, participants, actorName: auth.account.name, note });
      await audit.append(trx, actor, { action: `skp.${action === 'return' ? 'returned' : action === 'approve' ? 'approved' : action === 'submit' ? 'submitted' : 'revision_started'}`, entityType: 'skp', entityId: id, data: { from: status, to: next, revision: action === 'revise' ? skp.revision + 1 : skp.revision, ...(note ? { note } : {}) } });
      return view(auth, id, trx);
    });
  }

  async function revision(auth: AuthContext, id: string, revisionNumber: number) {
    await loadReadable(db, auth, id);
    const row = (await repo.listRevisions(db, id)).find((r) => r.revision === revisionNumber);
    if (!row) throw notFound();
    return { revision: row.revision, approvedAt: row.approved_at.toISOString(), approvedBy: row.approved_by, content: row.snapshot as unknown as SkpContent };
  }

  /** What the official documents print: the approved revision while a newer one is drafted (issue #16 point 8). */
  async function documentView(auth: AuthContext, id: string): Promise<SkpView> {
    const current = await view(auth, id);
    if (current.status === 'DISETUJUI') return current;
    const approved = await approvedContent(db, id);
    return approved ? { ...current, ...approved.content, status: 'DISETUJUI', revision: approved.revision, decidedAt: approved.approvedAt.toISOString() } : current;
  }

  return { view, documentView, createSkp, startSkp, updateSkp, addRhk, updateRhk, deleteRhk, setPerilaku, transition, revision };
}

const nextDay = (day: string) => addDays(day, 1);

const rhkRow = (input: RhkInput): repo.RhkRow => ({ jenis: input.jenis, text: input.text, parent_rhk_id: input.parentRhkId ?? null, org_goal_id: input.orgGoalId ?? null });

/** An SKP goes to the penilai only when every RHK Utama is linked upwards (BKN: "menginduk"). */
function checkReadyToSubmit(content: SkpContent, isJpt: boolean) {
  const utama = content.rhk.filter((r) => r.jenis === 'UTAMA');
  if (utama.length === 0) throw ruleViolation('rhk', 'SKP memerlukan minimal satu RHK Utama.');
  const withoutIki = content.rhk.filter((r) => r.iki.length === 0);
  if (withoutIki.length > 0) {
    throw new AppError('RULE_VIOLATION', withoutIki.map((r) => ({ path: `rhk.${r.id}.iki`, message: `RHK "${r.text}" belum memiliki indikator kinerja individu.` })));
  }
  const unlinked = utama.filter((r) => (isJpt ? !r.orgGoal : !r.parent));
  if (unlinked.length > 0) {
    throw new AppError(
      'RULE_VIOLATION',
      unlinked.map((r) => ({ path: `rhk.${r.id}`, message: isJpt ? `RHK "${r.text}" belum mengacu pada indikator kinerja utama OPD.` : `RHK "${r.text}" belum mengintervensi RHK atasan.` })),
    );
  }
}

export type SkpService = ReturnType<typeof createSkpService>;
