import { coreValues } from '../../../domain/berakhlak';
import { allowedEvaluationActions, areRatingsEditable, isSelfAssessmentOpen } from '../../../domain/evaluation-workflow';
import type { Predikat, Rating } from '../../../domain/predikat';
import type { EvaluationView, KeberatanView } from '../../../shared/schemas/evaluation';
import type { PeriodRealisationView } from '../../../shared/schemas/execution';
import type { Settings } from '../../../shared/schemas/settings';
import type { Executor } from '../../platform/db/transaction';
import { aggregate360For } from '../feedback360';
import { toPeriodView } from './evaluation-dates';
import { isEvaluable, type EvaluationContext } from './evaluation-access';
import { describePeople } from './evaluation-people';
import type { HeadContext } from './evaluation-head';
import { angkaKreditOf } from './annual-result';
import * as annualRepo from './annual-result.repository';
import * as repo from './evaluation.repository';
import * as keberatanRepo from './keberatan.repository';

export interface ViewInputs {
  context: EvaluationContext;
  /** `canSet`: the caller may set the unit's missing predikat from the rating screen. */
  head: (HeadContext & { canSet: boolean }) | null;
  post: { jenis: string; jenjang: string | null };
  settings: Settings;
  today: string;
  objectionDeadline: string | null;
  /** The realisation screen of the evaluated period (annual: the last period, year to date). */
  realisation: PeriodRealisationView | null;
  /** Why rating may not start yet (evaluation-readiness.ts). */
  waitingFor: string[];
}

export async function buildKeberatanView(db: Executor, evaluationId: string): Promise<KeberatanView | null> {
  const k = await keberatanRepo.findKeberatan(db, evaluationId);
  if (!k) return null;
  const statements = await keberatanRepo.listStatements(db, k.id);
  return {
    id: k.id,
    filedAt: k.filed_at.toISOString(),
    reasons: k.reasons,
    statements: statements.map((s) => ({ id: s.id, role: s.author_role, name: s.name, text: s.text, createdAt: s.created_at.toISOString() })),
    before: { ratingHasilKerja: k.before_hasil_kerja, ratingPerilaku: k.before_perilaku, predikat: k.before_predikat },
    decision: k.decision,
    decisionReason: k.decision_reason,
    after: k.after_predikat ? { ratingHasilKerja: k.after_hasil_kerja as Rating, ratingPerilaku: k.after_perilaku as Rating, predikat: k.after_predikat } : null,
    decidedAt: k.decided_at?.toISOString() ?? null,
    decidedByName: k.decidedByName ?? null,
  };
}

async function angkaKreditView(db: Executor, inputs: ViewInputs) {
  const { context, post } = inputs;
  const e = context.evaluation;
  if (context.target.kind !== 'TAHUNAN' || post.jenis !== 'FUNGSIONAL') return null;
  const stored = e ? await annualRepo.findAnnualResult(db, e.id) : undefined;
  if (stored) return { jenjang: stored.jenjang, koefisien: stored.koefisien, bulan: stored.bulan, angkaKredit: stored.angka_kredit };
  // Before finalisation: what the current predikat would earn.
  const source = { jenis: post.jenis, jenjang: post.jenjang, valid_from: context.skp.valid_from, valid_to: context.skp.valid_to, year: context.skp.year };
  const ak = e?.predikat ? angkaKreditOf(source, e.predikat) : null;
  return ak ?? { ...angkaKreditOf(source, 'BAIK')!, angkaKredit: null };
}

/** The rating screen: everything the penilai weighs, the pegawai's own view beside it, and what the caller may do. */
export async function buildEvaluationView(db: Executor, inputs: ViewInputs): Promise<EvaluationView> {
  const { context, head, today, objectionDeadline } = inputs;
  const { skp, target, evaluation: e, status, actors, seats } = context;
  const periodIds = target.period ? [target.period.id] : context.periods.map((p) => p.id);
  const asOf = target.endsOn < skp.valid_from ? skp.valid_from : skp.valid_to !== null && target.endsOn > skp.valid_to ? skp.valid_to : target.endsOn;
  const [people, rhk, rhkRatings, self, feedback360, keberatan, angkaKredit, curveUnitName] = await Promise.all([
    describePeople(db, skp.pegawai_id, seats, asOf),
    repo.listRhkOfSkp(db, skp.id),
    e ? repo.listRhkRatings(db, e.id) : [],
    e ? repo.listSelfAssessment(db, e.id) : [],
    // The 360 aggregate only for those the evaluation is between (issue #16 point 9, ADR 007).
    actors.size > 0 ? aggregate360For(db, skp.pegawai_id, periodIds) : null,
    e ? buildKeberatanView(db, e.id) : null,
    angkaKreditView(db, inputs),
    e?.curve_unit_id ? repo.findUnitName(db, e.curve_unit_id) : null,
  ]);
  const selfOf = (kind: string, ref: string) => self.find((s) => s.item_kind === kind && s.item_ref === ref);
  const ratingOf = new Map(rhkRatings.map((r) => [r.rhk_id, r]));
  const evaluable = isEvaluable(context);
  const actions = allowedEvaluationActions(status, actors);
  const counts = e?.curve_counts as Record<Predikat, number> | null | undefined;
  return {
    id: e?.id ?? null,
    kind: target.kind,
    skpId: skp.id,
    year: skp.year,
    period: target.period ? toPeriodView(target.period) : null,
    status,
    ...people,
    unitHead: head ? { unitId: head.unitId, unitName: head.unitName, orgPredikat: head.orgPredikat, ratingHasilKerja: head.rating, canSetOrgPredikat: head.canSet } : null,
    waitingFor: inputs.waitingFor,
    realisation: inputs.realisation,
    feedback360,
    selfAssessment: {
      submittedAt: e?.self_assessed_at?.toISOString() ?? null,
      rhk: rhk.map((r) => ({ rhkId: r.id, rating: selfOf('RHK', r.id)?.rating ?? null, reflection: selfOf('RHK', r.id)?.reflection ?? '' })),
      perilaku: coreValues.map((v) => ({ code: v.code, name: v.name, rating: selfOf('PERILAKU', v.code)?.rating ?? null, reflection: selfOf('PERILAKU', v.code)?.reflection ?? '' })),
    },
    ratings: {
      rhk: rhk.map((r) => ({ rhkId: r.id, jenis: r.jenis as 'UTAMA' | 'TAMBAHAN', text: r.text, rating: ratingOf.get(r.id)?.rating ?? null, note: ratingOf.get(r.id)?.note ?? '' })),
      ratingHasilKerja: e?.rating_hasil_kerja ?? null,
      ratingPerilaku: e?.rating_perilaku ?? null,
      justificationHasilKerja: e?.justification_hasil_kerja ?? '',
      justificationPerilaku: e?.justification_perilaku ?? '',
      predikat: e?.predikat ?? null,
      // Until the group is finalised the predikat may still change in calibration: shown as "sementara".
      provisional: (e?.predikat ?? null) !== null && (status === 'DRAFT' || status === 'DINILAI'),
      ratedAt: e?.rated_at?.toISOString() ?? null,
      realisationUnsubmitted: ((e?.realisation_unsubmitted ?? []) as { name: string }[]).map((p) => p.name),
      ratedBeforeEnd: e?.rated_before_end ?? false,
    },
    curve: e?.finalised_at
      ? {
          orgPredikat: e.curve_org_predikat ?? null,
          unitName: curveUnitName,
          enforcement: e.curve_enforcement ?? null,
          counts: counts ?? null,
          violations: (e.curve_violations as NonNullable<EvaluationView['curve']>['violations'] | null) ?? [],
          justification: e.curve_justification,
        }
      : null,
    finalisedAt: e?.finalised_at?.toISOString() ?? null,
    acknowledgedAt: e?.acknowledged_at?.toISOString() ?? null,
    objectionDeadline,
    keberatan,
    angkaKredit,
    can: {
      selfAssess: evaluable && actors.has('owner') && isSelfAssessmentOpen(status),
      rate: evaluable && actions.includes('rate') && inputs.waitingFor.length === 0,
      calibrate: actors.has('penilai') && status === 'DINILAI' && areRatingsEditable(status),
      acknowledge: actions.includes('acknowledge'),
      object: actions.includes('object') && objectionDeadline !== null && today <= objectionDeadline,
      addStatement: status === 'KEBERATAN' && (actors.has('owner') || actors.has('penilai') || actors.has('atasanPenilai')),
      decide: actions.includes('decide'),
    },
  };
}
