import type { Predikat, Rating } from '../../../domain/predikat';
import type { EvaluationStatus } from '../../../domain/evaluation-workflow';
import type { Settings } from '../../../shared/schemas/settings';
import type { AuthContext } from '../../platform/auth/sessions';
import type { Executor } from '../../platform/db/transaction';
import { notFound, ruleViolation } from '../../platform/errors';
import type { CurveSource } from './calibration-group';
import * as repo from './calibration.repository';
import { listPeriodsOfYear } from '../periods';
import * as evaluations from './evaluation.repository';
import { headRatingFor, loadPredikatIndex, resolveOnPath } from './org-predikat-resolve';

export type ResolvedTarget = repo.GroupTarget & { period: evaluations.PeriodRow | null };

/** A period of the caller's instansi (PERIODIK), or a performance year of it (TAHUNAN). */
export async function resolveTarget(db: Executor, auth: AuthContext, periodId: string | null, year: number | undefined): Promise<ResolvedTarget> {
  if (periodId !== null) {
    const period = await evaluations.findPeriod(db, periodId);
    if (!period || period.instansi_id !== auth.account.instansiId) throw notFound();
    if (year !== undefined && year !== period.year) throw ruleViolation('year', `Periode ini bukan bagian tahun ${year}.`);
    return { kind: 'PERIODIK', year: period.year, periodId, startsOn: period.starts_on, endsOn: period.ends_on, period };
  }
  if (year === undefined) throw ruleViolation('year', 'Tahun wajib diisi untuk evaluasi tahunan.');
  const periods = await listPeriodsOfYear(db, auth.account.instansiId, year);
  if (periods.length === 0) throw notFound();
  return { kind: 'TAHUNAN', year, periodId: null, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, period: null };
}

/** The day a group is judged as of: the target's last day, or today while the target runs. */
export const asOfTarget = (target: { endsOn: string }, today: string) => (target.endsOn < today ? target.endsOn : today);

/**
 * Which curve the group answers to — the penilai's unit as it stood at the end of the target (one
 * who moved since answers for the unit they led then), or the nearest unit above it with an
 * organisation predikat — and which unit heads' rating hasil kerja no longer matches their own
 * unit's predikat (it changed after they were rated).
 */
export async function resolveCurve(db: Executor, instansiId: string, target: repo.GroupTarget, penilaiPegawaiId: string | null, members: readonly repo.MemberRow[], settings: Settings, today: string) {
  const { byUnit } = await loadPredikatIndex(db, instansiId, { year: target.year, periodId: target.periodId });
  let curve: CurveSource = { unit: null, orgPredikat: null, needsOrgPredikat: false };
  if (penilaiPegawaiId) {
    const own = (await repo.listPenilaiUnits(db, [penilaiPegawaiId], asOfTarget(target, today))).get(penilaiPegawaiId);
    if (own) {
      const resolved = resolveOnPath(own.path, byUnit);
      const names = resolved && resolved.unitId !== own.unitId ? await repo.listUnitPaths(db, [resolved.unitId]) : null;
      curve = {
        unit: resolved ? { id: resolved.unitId, name: resolved.unitId === own.unitId ? own.name : (names?.get(resolved.unitId)?.name ?? '') } : { id: own.unitId, name: own.name },
        orgPredikat: resolved?.predikat ?? null,
        needsOrgPredikat: true,
      };
    }
  }
  // A head's rating follows the predikat of the unit they lead itself, never one inherited (§3.4).
  const headMismatches = members
    .filter((m) => m.is_head && m.status === 'DINILAI')
    .filter((m) => {
      const own = byUnit.get(m.post_unit_id);
      return !own || headRatingFor(settings, own) !== m.rating_hasil_kerja;
    })
    .map((m) => m.name);
  return { curve, headMismatches };
}

export const toMemberView = (m: repo.MemberRow) => ({
  pegawaiId: m.pegawai_id,
  name: m.name,
  nip: m.nip,
  jabatan: m.jabatan,
  isUnitHead: m.is_head,
  skpId: m.skp_id,
  evaluationId: m.evaluation_id,
  status: (m.status ?? 'DRAFT') as EvaluationStatus,
  ratingHasilKerja: m.rating_hasil_kerja as Rating | null,
  ratingPerilaku: m.rating_perilaku as Rating | null,
  predikat: m.predikat as Predikat | null,
});
