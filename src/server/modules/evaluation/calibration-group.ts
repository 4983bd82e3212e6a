import { allowedRanges, checkDistribution, countPredikat, isSatisfiable, isSatisfiableWith, type CurveViolation, type OrgPredikat } from '../../../domain/kurva';
import { predikatLabel, type Predikat } from '../../../domain/predikat';
import type { MemberRow } from './calibration.repository';

export interface CurveSource {
  unit: { id: string; name: string } | null;
  orgPredikat: OrgPredikat | null;
  /** The penilai holds a post in a unit (an official, the Wali Kota, does not: no curve applies). */
  needsOrgPredikat: boolean;
}

const describeRule = (v: CurveViolation): string => {
  const names = v.predikat.map((p) => predikatLabel[p]).join(' dan/atau ');
  switch (v.rule) {
    case 'MAX':
      return `${names}: paling banyak ${v.limit} pegawai, sekarang ${v.actual}.`;
    case 'MIN':
      return `${names}: paling sedikit ${v.limit} pegawai, sekarang ${v.actual}.`;
    case 'REQUIRED':
      return `${names}: harus ada paling sedikit 1 pegawai, sekarang ${v.actual}.`;
    case 'NONE':
      return `${names}: tidak boleh ada, sekarang ${v.actual}.`;
  }
};
export const describeViolation = describeRule;
export const describeForced = (names: readonly string[]): string =>
  `Kurva tidak dapat dipenuhi karena rating hasil kerja ${names.join(', ')} ditetapkan dari predikat organisasi unit yang dipimpinnya; tidak ada pegawai yang diturunkan predikatnya untuk memenuhi kurva.`;

/**
 * The group against its curve (SE 3/2023 §5.2 via src/domain/kurva.ts), and whether finalisation
 * may go through: every member rated, an organisation predikat where a curve applies, and — in
 * hard mode — a distribution that fits. A group too small for any spread to fit (isSatisfiable)
 * is never blocked by the curve: hard mode treats it as soft, with a justification. Neither is a
 * group whose unit heads — their rating hasil kerja set by their own unit's predikat (§3.4) —
 * leave no spread that fits: the curve never pushes a head to a lower predikat; the check names them.
 */
export function assessGroup(members: readonly MemberRow[], curve: CurveSource, enforcement: 'soft' | 'hard', headMismatches: readonly string[]) {
  const rated = members.filter((m) => m.predikat !== null);
  const counts = countPredikat(rated.map((m) => m.predikat as Predikat));
  const total = members.length;
  const check = curve.orgPredikat ? checkDistribution(curve.orgPredikat, counts) : null;
  const satisfiable = curve.orgPredikat ? isSatisfiable(curve.orgPredikat, total) : true;
  const blockers: string[] = [];
  const unrated = members.filter((m) => m.status === null || m.status === 'DRAFT');
  if (unrated.length > 0) blockers.push(`Belum dinilai: ${unrated.map((m) => m.name).join(', ')}.`);
  if (curve.needsOrgPredikat && !curve.orgPredikat) blockers.push('Predikat organisasi unit penilai (atau unit di atasnya) belum ditetapkan untuk periode ini.');
  for (const name of headMismatches) blockers.push(`Rating hasil kerja ${name} (kepala unit) tidak lagi sesuai predikat organisasi unitnya; simpan ulang penilaiannya.`);
  const curveBroken = check !== null && !check.ok;
  const forced = rated.filter((m) => m.is_head);
  const forcedInfeasible =
    curveBroken && satisfiable && forced.length > 0 && !isSatisfiableWith(curve.orgPredikat!, total, countPredikat(forced.map((m) => m.predikat as Predikat)));
  const hardBlock = curveBroken && enforcement === 'hard' && satisfiable && !forcedInfeasible;
  if (hardBlock) blockers.push(...check.violations.map(describeRule));
  const toFinalise = members.filter((m) => m.status === 'DINILAI');
  if (toFinalise.length === 0 && unrated.length === 0) blockers.push('Tidak ada evaluasi yang menunggu finalisasi.');
  return {
    counts,
    total,
    rated: rated.length,
    allowed: curve.orgPredikat ? allowedRanges(curve.orgPredikat, total) : [],
    check,
    satisfiable,
    forcedMembers: forcedInfeasible ? forced.map((m) => m.name) : [],
    blockers,
    hardBlock,
    justificationRequired: curveBroken && !hardBlock,
    toFinalise,
    unrated: unrated.length,
    finalised: members.filter((m) => m.status !== null && !['DRAFT', 'DINILAI'].includes(m.status)).length,
  };
}
