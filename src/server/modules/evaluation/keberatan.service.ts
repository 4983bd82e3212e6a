import { nextEvaluationStatus } from '../../../domain/evaluation-workflow';
import { predikat, type Rating } from '../../../domain/predikat';
import type { KeberatanDecisionInput, PendingKeberatan } from '../../../shared/schemas/evaluation';
import type { PageQuery } from '../../../shared/schemas/paging';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { inTransaction } from '../../platform/db/transaction';
import { AppError, conflict, forbiddenScope, ruleViolation } from '../../platform/errors';
import { loadSettings } from '../../platform/settings/settings';
import { recordAnnualResults } from './annual-result';
import { findPegawai } from './annual-result.repository';
import { loadEvaluationById } from './evaluation-access';
import { objectionDeadlineOf } from './evaluation-dates';
import { notifyKeberatanDecided, notifyKeberatanFiled } from './evaluation-notifications';
import * as repo from './evaluation.repository';
import type { EvaluationService } from './evaluation.service';
import * as keberatanRepo from './keberatan.repository';

/**
 * Keberatan (PP 30/2019 Pasal 59): the pegawai objects within the instansi's window; the atasan
 * pejabat penilai asks both sides, then upholds or changes the ratings. The decision is final.
 */
export function createKeberatanService(ctx: AppContext, evaluations: EvaluationService) {
  const { db, clock, audit } = ctx;

  async function file(auth: AuthContext, actor: AuditActor, evaluationId: string, reasons: string) {
    return inTransaction(db, async (trx) => {
      const context = await loadEvaluationById(trx, auth, evaluationId);
      const e = context.evaluation!;
      if (!context.actors.has('owner')) throw forbiddenScope();
      const next = nextEvaluationStatus(context.status, 'object');
      if (!next) throw conflict(context.status === 'KEBERATAN' || context.status === 'DIPUTUS' ? 'Keberatan atas evaluasi ini sudah diajukan.' : `Evaluasi berstatus ${context.status} tidak dapat diajukan keberatan.`);
      const { values: settings } = await loadSettings(trx, e.instansi_id);
      const deadline = objectionDeadlineOf(e.finalised_at, settings.objectionWindowDays);
      if (!deadline || todayInSolok(clock) > deadline) throw ruleViolation('evaluation', `Batas waktu keberatan (${settings.objectionWindowDays} hari setelah finalisasi, sampai ${deadline}) telah lewat.`);
      const now = clock.now();
      const before = { hasilKerja: e.rating_hasil_kerja!, perilaku: e.rating_perilaku!, predikat: e.predikat! };
      if (!(await repo.updateEvaluation(trx, e.id, ['DIFINALISASI'], { status: next }, now))) throw conflict('Status evaluasi berubah; muat ulang.');
      const keberatanId = await keberatanRepo.insertKeberatan(trx, { evaluationId: e.id, reasons, filedAt: now, filedBy: auth.account.id, before });
      await audit.append(trx, actor, { action: 'evaluation.keberatan_filed', entityType: 'evaluation', entityId: e.id, data: { keberatanId, reasons, before } });
      const owner = await findPegawai(trx, e.pegawai_id);
      await notifyKeberatanFiled(trx, e.id, owner?.name ?? '-', context.seats);
      return evaluations.viewById(auth, e.id, trx);
    });
  }

  /** Each side's explanation, and the atasan penilai's request for one, while the keberatan is open. */
  async function addStatement(auth: AuthContext, actor: AuditActor, evaluationId: string, text: string) {
    return inTransaction(db, async (trx) => {
      const context = await loadEvaluationById(trx, auth, evaluationId);
      const { actors } = context;
      const role = actors.has('atasanPenilai') ? 'ATASAN_PENILAI' : actors.has('penilai') ? 'PENILAI' : actors.has('owner') ? 'PEGAWAI' : null;
      if (!role) throw forbiddenScope();
      if (context.status !== 'KEBERATAN') throw conflict('Tidak ada keberatan yang sedang diperiksa untuk evaluasi ini.');
      const keberatan = await keberatanRepo.findKeberatan(trx, evaluationId);
      if (!keberatan) throw conflict('Tidak ada keberatan yang sedang diperiksa untuk evaluasi ini.');
      const statementId = await keberatanRepo.insertStatement(trx, { keberatanId: keberatan.id, role, accountId: auth.account.id, text, at: clock.now() });
      await audit.append(trx, actor, { action: 'evaluation.keberatan_statement', entityType: 'evaluation', entityId: evaluationId, data: { keberatanId: keberatan.id, statementId, role, text } });
      return evaluations.viewById(auth, evaluationId, trx);
    });
  }

  /** Only the atasan pejabat penilai frozen at finalisation decides; the ratings change once, here. */
  async function decide(auth: AuthContext, actor: AuditActor, evaluationId: string, input: KeberatanDecisionInput) {
    return inTransaction(db, async (trx) => {
      const context = await loadEvaluationById(trx, auth, evaluationId);
      const e = context.evaluation!;
      if (!context.actors.has('atasanPenilai')) throw forbiddenScope();
      const next = nextEvaluationStatus(context.status, 'decide');
      if (!next) throw conflict(context.status === 'DIPUTUS' ? 'Keberatan sudah diputus; keputusannya final.' : 'Tidak ada keberatan yang menunggu keputusan.');
      const keberatan = await keberatanRepo.findKeberatan(trx, evaluationId);
      if (!keberatan) throw conflict('Tidak ada keberatan yang menunggu keputusan.');
      const before = { hasilKerja: e.rating_hasil_kerja as Rating, perilaku: e.rating_perilaku as Rating, predikat: e.predikat! };
      const changed = input.decision === 'CHANGED';
      const hasilKerja = changed ? (input.ratingHasilKerja ?? before.hasilKerja) : before.hasilKerja;
      const perilaku = changed ? (input.ratingPerilaku ?? before.perilaku) : before.perilaku;
      if (changed && hasilKerja === before.hasilKerja && perilaku === before.perilaku) throw ruleViolation('decision', 'Rating yang diputus sama dengan semula; pilih "menguatkan" bila tidak ada yang diubah.');
      if (!changed && (input.ratingHasilKerja !== undefined || input.ratingPerilaku !== undefined)) throw ruleViolation('decision', 'Keputusan menguatkan tidak mengubah rating.');
      const after = { hasilKerja, perilaku, predikat: predikat(hasilKerja, perilaku) };
      const now = clock.now();
      const fields = changed ? { status: next, rating_hasil_kerja: hasilKerja, rating_perilaku: perilaku, predikat: after.predikat } : { status: next };
      if (!(await repo.updateEvaluation(trx, e.id, ['KEBERATAN'], fields, now))) throw conflict('Status evaluasi berubah; muat ulang.');
      if (!(await keberatanRepo.recordDecision(trx, keberatan.id, { decision: input.decision, reason: input.reason, after, at: now, by: auth.account.id }))) throw conflict('Keberatan sudah diputus.');
      if (e.kind === 'TAHUNAN') await recordAnnualResults(trx, [e.id], now, changed);
      await audit.append(trx, actor, { action: 'evaluation.keberatan_decided', entityType: 'evaluation', entityId: e.id, data: { keberatanId: keberatan.id, decision: input.decision, reason: input.reason, before, after } });
      await notifyKeberatanDecided(trx, e.id, changed, { owner: { pegawaiId: e.pegawai_id, accountId: null, officialName: null }, penilai: context.seats.penilai });
      return evaluations.viewById(auth, e.id, trx);
    });
  }

  /**
   * The atasan pejabat penilai's queue: every open keberatan they are the one to decide (frozen on
   * the evaluation at finalisation), not only those a notification still points to.
   */
  async function pending(auth: AuthContext, query: PageQuery): Promise<PendingKeberatan> {
    const afterId = query.cursor ?? null;
    if (afterId !== null && !/^\d{1,19}$/.test(afterId)) throw new AppError('VALIDATION_FAILED', [{ path: 'cursor', message: 'cursor tidak dikenal' }]);
    const rows = await keberatanRepo.listPendingFor(db, auth.account.instansiId, { pegawaiId: auth.account.pegawaiId, accountId: auth.account.id }, afterId, query.limit);
    const items = rows.slice(0, query.limit).map((r) => ({
      keberatanId: r.id,
      evaluationId: r.evaluation_id,
      pegawai: { name: r.name, nip: r.nip },
      kind: r.kind,
      year: r.year,
      periodName: r.periodName ?? null,
      predikat: r.before_predikat,
      filedAt: r.filed_at.toISOString(),
      reasons: r.reasons,
    }));
    return { items, nextCursor: rows.length > query.limit ? items[items.length - 1]!.keberatanId : null };
  }

  return { pending, file, addStatement, decide };
}
