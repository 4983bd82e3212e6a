import { coreValues } from '../../../domain/berakhlak';
import type { EvidenceView, IkiPeriodRow, PeriodRealisationView } from '../../../shared/schemas/execution';
import type { Executor } from '../../platform/db/transaction';
import { listFeedbackOnSkp } from '../feedback';
import type { ReadableSkp } from '../skp';
import * as evidenceRepo from './evidence.repository';
import { accumulationOf, closedPeriodVariants, indicatorSeries, rollUp } from './progress';
import * as repo from './realisation.repository';
import { serviceFedKey, withServiceFed } from './service-fed';
import type { RealisationRights } from './realisation.policy';

export const toPeriodView = (p: repo.PeriodRow) => ({
  id: p.id,
  seq: p.seq,
  name: p.name,
  startsOn: p.starts_on,
  endsOn: p.ends_on,
  realisationCloses: p.realisation_closes,
  evaluationCloses: p.evaluation_closes,
  status: p.status,
});

export function toEvidenceView(row: evidenceRepo.EvidenceRow, can: { delete: boolean; review: boolean }): EvidenceView {
  return {
    id: row.id,
    ikiId: row.iki_id,
    periodId: row.period_id,
    kind: row.kind,
    title: row.title,
    url: row.url,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    status: row.status,
    reviewReason: row.review_reason,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    reviewerName: row.reviewerName,
    createdAt: row.created_at.toISOString(),
    can,
  };
}

const onRow = (f: { id: string; fromName: string; relation: string; text: string; createdAt: string }) => ({ id: f.id, fromName: f.fromName, relation: f.relation, text: f.text, createdAt: f.createdAt });

/** The owner may withdraw a piece until the atasan has accepted it. */
export const evidenceRights = (row: { status: string }, rights: RealisationRights) => ({ delete: rights.edit && row.status !== 'ACCEPTED', review: rights.review });

/** One SKP in one period: every indicator with its realisation, capaian, evidence and feedback. */
export async function buildPeriodView(db: Executor, readable: ReadableSkp, periods: repo.PeriodRow[], period: repo.PeriodRow, rights: RealisationRights, today: string, now: Date): Promise<PeriodRealisationView> {
  const { skp } = readable;
  const [plans, typedRealisations, submissions, evidence, feedback, owner] = await Promise.all([
    repo.listPlans(db, [skp.id]),
    repo.listRealisations(db, [skp.id]),
    repo.listSubmissions(db, [skp.id]),
    evidenceRepo.listEvidence(db, skp.id, period.id),
    listFeedbackOnSkp(db, skp.id, period.id),
    repo.findOwner(db, skp.pegawai_id),
  ]);
  // The plan in force: the approved revision while a newer one is drafted (issue #16 point 8).
  const plan = plans.get(skp.id)!;
  const [rhkRows, typedIndicators, ekspektasi] = [plan.rhk, plan.indicators, plan.ekspektasi];
  // Service-fed IKI show the value computed from their unit's data, with where it came from.
  const { indicators, realisations, sources } = await withServiceFed(db, typedIndicators, typedRealisations, periods, now);
  const k = periods.findIndex((p) => p.id === period.id);
  const variantAt = closedPeriodVariants(plans, periods, submissions, now);
  const series = indicatorSeries(indicators, realisations, periods.map((p) => p.id), variantAt);
  const totals = rollUp(indicators, series, k);
  const current = new Map(realisations.filter((r) => r.period_id === period.id).map((r) => [r.iki_id, r]));
  // A period the penilai reopened after its last submission is not submitted (a resubmission clears reopened_at).
  const submittedAt = new Map(submissions.filter((s) => s.reopened_at === null).map((s) => [s.period_id, s.submitted_at.toISOString()]));
  const submission = submissions.find((s) => s.period_id === period.id);
  const submitted = submittedAt.get(period.id) ?? null;
  return {
    skp: { id: skp.id, year: skp.year, status: skp.status, pendekatan: skp.pendekatan, pegawaiId: skp.pegawai_id, pegawaiName: owner.name, nip: owner.nip },
    period: toPeriodView(period),
    periods: periods.map((p) => ({ ...toPeriodView(p), submittedAt: submittedAt.get(p.id) ?? null })),
    rhk: rhkRows.map((r) => ({
      id: r.id,
      jenis: r.jenis as 'UTAMA' | 'TAMBAHAN',
      text: r.text,
      capaian: totals.rhk.get(r.id) ?? null,
      iki: indicators
        .filter((i) => i.rhkId === r.id)
        .map((planned) => {
          // A closed period shows the targets it was measured against.
          const i = variantAt(planned, k) ?? planned;
          const point = series.get(i.id)?.[k];
          const entered = current.get(i.id);
          return {
            id: i.id,
            aspek: i.aspek as 'KUANTITAS',
            indicator: i.indicator,
            targetValue: i.target_value,
            targetText: i.target_text,
            satuan: i.satuan,
            direction: i.direction as 'HIGHER' | 'LOWER',
            baseline: i.baseline,
            perspektif: i.perspektif,
            accumulation: accumulationOf(i),
            realisation: entered ? { value: entered.value, narrative: entered.narrative, rencanaAksi: entered.rencana_aksi, updatedAt: entered.updated_at.toISOString() } : null,
            yearToDate: point?.yearToDate ?? null,
            capaian: point?.capaian ?? null,
            evidence: evidence.filter((e) => e.iki_id === i.id).map((e) => toEvidenceView(e, evidenceRights(e, rights))),
            source: sources.get(serviceFedKey(i.id, period.id)) ?? null,
            sourceKind: i.source_kind as IkiPeriodRow['sourceKind'],
            sourceUnitId: i.source_unit_id,
          };
        }),
      feedback: feedback.filter((f) => f.rhkId === r.id).map(onRow),
    })),
    perilaku: coreValues.map((v) => ({ code: v.code, name: v.name, ekspektasi: ekspektasi.get(v.code) ?? '', feedback: feedback.filter((f) => f.coreValue === v.code).map(onRow) })),
    capaian: totals.skp,
    submittedAt: submitted,
    late: submission ? submission.late : today > period.realisation_closes,
    reopened: submission?.reopened_at ? { at: submission.reopened_at.toISOString(), reason: submission.reopen_reason ?? '' } : null,
    underRevision: plan.underRevision,
    can: { edit: rights.edit, submit: rights.edit, review: rights.review, giveFeedback: rights.giveFeedback, reopen: rights.reopen },
  };
}
