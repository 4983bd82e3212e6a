import { coreValueCodes } from '../../../domain/berakhlak';
import { isSelfAssessmentOpen, nextEvaluationStatus } from '../../../domain/evaluation-workflow';
import { predikat, type Rating } from '../../../domain/predikat';
import type { CalibrationAdjustInput, EvaluationView, RatingsInput, SelfAssessmentInput } from '../../../shared/schemas/evaluation';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor, type Trx } from '../../platform/db/transaction';
import { AppError, conflict, forbiddenScope, ruleViolation } from '../../platform/errors';
import { loadSettings } from '../../platform/settings/settings';
import type { Settings } from '../../../shared/schemas/settings';
import { createRealisationService, lockRatedPeriods } from '../realisation';
import { assertEvaluable, loadEvaluationById, loadEvaluationContext, type EvaluationContext } from './evaluation-access';
import { objectionDeadlineOf } from './evaluation-dates';
import { loadPost, maySetHeadPredikat } from './evaluation-head';
import { ratingReadiness } from './evaluation-readiness';
import { buildEvaluationView } from './evaluation-view';
import * as repo from './evaluation.repository';

const LOCKED = 'Evaluasi sudah difinalisasi; rating tidak dapat diubah lagi (kecuali melalui keputusan keberatan).';

export function createEvaluationService(ctx: AppContext) {
  const { db, clock, audit } = ctx;
  const realisation = createRealisationService(ctx);

  /** The realisation screen of the evaluated period (annual: the last one) and whether rating may start. */
  async function realisationAndReadiness(trx: Executor, auth: AuthContext, context: EvaluationContext, settings: Settings) {
    const realisationPeriod = context.target.period ?? context.periods[context.periods.length - 1] ?? null;
    const shown = realisationPeriod ? await realisation.view(auth, context.skp.id, realisationPeriod.id, trx) : null;
    const readiness = ratingReadiness({ target: context.target, skp: context.skp, periods: shown?.periods ?? [], today: todayInSolok(clock), mode: settings.ratingWaitsForPeriod });
    return { shown, readiness };
  }

  async function render(trx: Executor, auth: AuthContext, context: EvaluationContext): Promise<EvaluationView> {
    const { skp, target, evaluation } = context;
    const { values: settings } = await loadSettings(trx, skp.instansi_id);
    const { post, head } = await loadPost(trx, skp, target, settings);
    const today = todayInSolok(clock);
    const { shown, readiness } = await realisationAndReadiness(trx, auth, context, settings);
    return buildEvaluationView(trx, {
      context,
      head: head ? { ...head, canSet: await maySetHeadPredikat(trx, auth, head.unitId, today) } : null,
      post,
      settings,
      today,
      objectionDeadline: objectionDeadlineOf(evaluation?.finalised_at ?? null, settings.objectionWindowDays),
      realisation: shown,
      waitingFor: readiness.waiting,
    });
  }

  const view = async (auth: AuthContext, skpId: string, periodId: string | null, trx: Executor = db) => render(trx, auth, await loadEvaluationContext(trx, auth, skpId, periodId));
  const viewById = async (auth: AuthContext, id: string, trx: Executor = db) => render(trx, auth, await loadEvaluationById(trx, auth, id));

  /** The evaluation row, made on first write with the chain's seats of the moment. */
  async function ensure(trx: Trx, context: EvaluationContext) {
    if (context.evaluation) return context.evaluation;
    const { skp, target, seats } = context;
    return repo.ensureEvaluation(trx, {
      instansi_id: skp.instansi_id,
      pegawai_id: skp.pegawai_id,
      skp_id: skp.id,
      kind: target.kind,
      year: target.year,
      period_id: target.period?.id ?? null,
      penilai_pegawai_id: seats.penilai?.pegawaiId ?? null,
      penilai_account_id: seats.penilai?.pegawaiId ? null : (seats.penilai?.accountId ?? null),
      atasan_penilai_pegawai_id: seats.atasanPenilai?.pegawaiId ?? null,
      atasan_penilai_account_id: seats.atasanPenilai?.pegawaiId ? null : (seats.atasanPenilai?.accountId ?? null),
    });
  }

  function checkRhkIds(known: { id: string }[], given: { rhkId: string }[], everyOne: boolean) {
    const ids = new Set(known.map((r) => r.id));
    const seen = new Set<string>();
    const problems = given.flatMap((g, i) => {
      if (!ids.has(g.rhkId)) return [{ path: `rhk.${i}.rhkId`, message: 'RHK ini bukan bagian SKP yang dievaluasi.' }];
      if (seen.has(g.rhkId)) return [{ path: `rhk.${i}.rhkId`, message: 'RHK tercantum dua kali.' }];
      seen.add(g.rhkId);
      return [];
    });
    if (everyOne) for (const r of known) if (!seen.has(r.id) && ids.has(r.id)) problems.push({ path: `rhk.${r.id}`, message: 'Setiap RHK harus diberi rating.' });
    if (problems.length > 0) throw new AppError('RULE_VIOLATION', problems);
  }

  /** Penilaian diri: the pegawai's own view, before the penilai rates; it never replaces the penilai's. */
  async function selfAssess(auth: AuthContext, actor: AuditActor, skpId: string, input: SelfAssessmentInput) {
    const unknown = input.perilaku.find((p) => !coreValueCodes.includes(p.code as never));
    if (unknown) throw new AppError('VALIDATION_FAILED', [{ path: 'perilaku.code', message: `nilai inti tidak dikenal: ${unknown.code}` }]);
    return inTransaction(db, async (trx) => {
      const context = await loadEvaluationContext(trx, auth, skpId, input.periodId);
      if (!context.actors.has('owner')) throw forbiddenScope();
      if (!isSelfAssessmentOpen(context.status)) throw conflict('Pejabat penilai sudah menilai; penilaian diri tidak dapat diubah lagi.');
      assertEvaluable(context);
      checkRhkIds(await repo.listRhkOfSkp(trx, skpId), input.rhk, false);
      const evaluation = await ensure(trx, context);
      if (!(await repo.updateEvaluation(trx, evaluation.id, ['DRAFT'], { self_assessed_at: clock.now() }, clock.now()))) throw conflict('Pejabat penilai sudah menilai; penilaian diri tidak dapat diubah lagi.');
      const items = [
        ...input.rhk.map((r) => ({ item_kind: 'RHK' as const, item_ref: r.rhkId, rating: r.rating, reflection: r.reflection })),
        ...input.perilaku.map((p) => ({ item_kind: 'PERILAKU' as const, item_ref: p.code, rating: p.rating, reflection: p.reflection })),
      ];
      await repo.replaceSelfAssessment(trx, evaluation.id, items);
      await audit.append(trx, actor, { action: 'evaluation.self_assessed', entityType: 'evaluation', entityId: evaluation.id, data: { skpId, periodId: input.periodId, items } });
      return view(auth, skpId, input.periodId, trx);
    });
  }

  /** The pejabat penilai rates each RHK, then hasil kerja and perilaku with their justifications; the predikat follows (§3.3). */
  async function rate(auth: AuthContext, actor: AuditActor, skpId: string, input: RatingsInput) {
    return inTransaction(db, async (trx) => {
      const context = await loadEvaluationContext(trx, auth, skpId, input.periodId);
      if (!context.actors.has('penilai')) throw forbiddenScope();
      if (!nextEvaluationStatus(context.status, 'rate')) throw conflict(LOCKED);
      assertEvaluable(context);
      checkRhkIds(await repo.listRhkOfSkp(trx, skpId), input.rhk, true);
      const { values: settings } = await loadSettings(trx, context.skp.instansi_id);
      const { readiness } = await realisationAndReadiness(trx, auth, context, settings);
      if (readiness.waiting.length > 0) throw new AppError('CONFLICT', readiness.waiting.map((reason) => ({ reason })));
      const { head } = await loadPost(trx, context.skp, context.target, settings);
      const hasilKerja = resolveHasilKerja(head, input.ratingHasilKerja);
      const result = predikat(hasilKerja, input.ratingPerilaku);
      const evaluation = await ensure(trx, context);
      const now = clock.now();
      const { seats } = context;
      const updated = await repo.updateEvaluation(trx, evaluation.id, repo.editableStatuses, {
        status: 'DINILAI',
        rating_hasil_kerja: hasilKerja,
        rating_perilaku: input.ratingPerilaku,
        predikat: result,
        justification_hasil_kerja: input.justificationHasilKerja,
        justification_perilaku: input.justificationPerilaku,
        head_unit_id: head?.unitId ?? null,
        head_org_predikat: head?.orgPredikat ?? null,
        realisation_unsubmitted: readiness.unsubmitted.length > 0 ? JSON.stringify(readiness.unsubmitted) : null,
        rated_before_end: readiness.beforeEnd,
        penilai_pegawai_id: seats.penilai?.pegawaiId ?? null,
        penilai_account_id: seats.penilai?.pegawaiId ? null : (seats.penilai?.accountId ?? null),
        rated_at: now,
        rated_by: auth.account.id,
      }, now);
      if (!updated) throw conflict(LOCKED);
      // The rated realisation stays as rated, submitted or not; the evaluation never returns to DRAFT.
      await lockRatedPeriods(trx, skpId, readiness.covered, evaluation.id, now);
      await repo.replaceRhkRatings(trx, evaluation.id, input.rhk.map((r) => ({ rhk_id: r.rhkId, rating: r.rating, note: r.note })));
      await audit.append(trx, actor, {
        action: 'evaluation.rated',
        entityType: 'evaluation',
        entityId: evaluation.id,
        data: {
          skpId,
          periodId: input.periodId,
          before: { ratingHasilKerja: evaluation.rating_hasil_kerja, ratingPerilaku: evaluation.rating_perilaku, predikat: evaluation.predikat },
          after: { ratingHasilKerja: hasilKerja, ratingPerilaku: input.ratingPerilaku, predikat: result, fromOrgPredikat: head?.orgPredikat ?? null },
          realisationUnsubmitted: readiness.unsubmitted,
          ratedBeforeEnd: readiness.beforeEnd,
          rhk: input.rhk,
        },
      });
      return view(auth, skpId, input.periodId, trx);
    });
  }

  /** An adjustment on the calibration screen: overall ratings only, each with its reason in the audit log. */
  async function calibrate(auth: AuthContext, actor: AuditActor, evaluationId: string, input: CalibrationAdjustInput) {
    return inTransaction(db, async (trx) => {
      const context = await loadEvaluationById(trx, auth, evaluationId);
      const e = context.evaluation!;
      if (!context.actors.has('penilai')) throw forbiddenScope();
      if (context.status !== 'DINILAI') throw conflict(context.status === 'DRAFT' ? 'Evaluasi ini belum dinilai; isi penilaiannya dahulu.' : LOCKED);
      const { values: settings } = await loadSettings(trx, context.skp.instansi_id);
      const { head } = await loadPost(trx, context.skp, context.target, settings);
      if (head && input.ratingHasilKerja !== undefined && input.ratingHasilKerja !== e.rating_hasil_kerja) {
        throw ruleViolation('ratingHasilKerja', `Rating hasil kerja kepala unit mengikuti predikat organisasi ${head.unitName}; ubah predikat organisasinya, bukan ratingnya.`);
      }
      const hasilKerja = (input.ratingHasilKerja ?? e.rating_hasil_kerja) as Rating;
      const perilaku = (input.ratingPerilaku ?? e.rating_perilaku) as Rating;
      const result = predikat(hasilKerja, perilaku);
      const now = clock.now();
      if (!(await repo.updateEvaluation(trx, e.id, ['DINILAI'], { rating_hasil_kerja: hasilKerja, rating_perilaku: perilaku, predikat: result }, now))) throw conflict(LOCKED);
      await audit.append(trx, actor, {
        action: 'evaluation.calibrated',
        entityType: 'evaluation',
        entityId: e.id,
        data: { before: { ratingHasilKerja: e.rating_hasil_kerja, ratingPerilaku: e.rating_perilaku, predikat: e.predikat }, after: { ratingHasilKerja: hasilKerja, ratingPerilaku: perilaku, predikat: result }, reason: input.reason },
      });
      return viewById(auth, e.id, trx);
    });
  }

  /** The pegawai accepts the finalised evaluation; from then on it is closed to a keberatan too. */
  async function acknowledge(auth: AuthContext, actor: AuditActor, evaluationId: string) {
    return inTransaction(db, async (trx) => {
      const context = await loadEvaluationById(trx, auth, evaluationId);
      if (!context.actors.has('owner')) throw forbiddenScope();
      const next = nextEvaluationStatus(context.status, 'acknowledge');
      if (!next) throw conflict(`Evaluasi berstatus ${context.status} tidak dapat diterima.`);
      const now = clock.now();
      if (!(await repo.updateEvaluation(trx, evaluationId, ['DIFINALISASI'], { status: next, acknowledged_at: now }, now))) throw conflict('Status evaluasi berubah; muat ulang.');
      await audit.append(trx, actor, { action: 'evaluation.acknowledged', entityType: 'evaluation', entityId: evaluationId, data: { from: context.status, to: next } });
      return viewById(auth, evaluationId, trx);
    });
  }

  return { view, viewById, selfAssess, rate, calibrate, acknowledge };
}

/** A unit head's rating hasil kerja is their unit's predikat (§3.4); anyone else's is the penilai's. */
function resolveHasilKerja(head: { unitName: string; rating: Rating | null } | null, given: Rating | undefined): Rating {
  if (head) {
    if (!head.rating) throw ruleViolation('ratingHasilKerja', `Predikat organisasi ${head.unitName} sendiri belum ditetapkan untuk periode ini; rating hasil kerja kepala unit mengikuti predikat unit yang dipimpinnya (bukan predikat unit di atasnya). Minta pimpinan di atasnya menetapkannya dahulu.`);
    if (given !== undefined && given !== head.rating) throw ruleViolation('ratingHasilKerja', `Rating hasil kerja kepala unit ditetapkan dari predikat organisasi ${head.unitName}.`);
    return head.rating;
  }
  if (!given) throw ruleViolation('ratingHasilKerja', 'Rating hasil kerja wajib diisi.');
  return given;
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
