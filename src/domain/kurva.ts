// Kurva distribusi — how the predikat of the pegawai under one penilai/unit may be spread, given the
// predikat of their organisation (SE MenPANRB 3/2023; domain.md §5). The SE calls the curve a
// "pertimbangan": whether a violation blocks or only warns is the caller's (instansi setting).
import { orgPredikatOrder, type OrgPredikat } from './org-predikat';
import { isPredikat, predikatOrder, type Predikat } from './predikat';

// The curve is read by the organisation's predikat: its names travel with the curve.
export { orgPredikatLabel, orgPredikatOrder, type OrgPredikat } from './org-predikat';

/** MAX/MIN: at most/least pct% of the group; REQUIRED: at least one ("harus ada"); NONE: "tidak ada". */
export type CurveRuleKind = 'MAX' | 'MIN' | 'REQUIRED' | 'NONE';

export type CurveRule =
  | { predikat: readonly Predikat[]; rule: 'MAX' | 'MIN'; pct: number }
  | { predikat: readonly Predikat[]; rule: 'REQUIRED' | 'NONE' };

export interface CurveViolation {
  /** Every predikat the rule counts together (e.g. Butuh Perbaikan and Kurang/Misconduct). */
  predikat: Predikat[];
  rule: CurveRuleKind;
  /** Number of pegawai the rule allows (MAX, NONE) or demands (MIN, REQUIRED). */
  limit: number;
  actual: number;
}

export interface DistributionCheck {
  ok: boolean;
  violations: CurveViolation[];
}

/**
 * §5.2, one entry per row of SE 3/2023. Predikat a row does not name are free ("dapat memiliki").
 * "Sebagian besar (maksimal 70%)" gives only the cap: the SE states no minimum for it.
 * The percentages come from one secondary source quoting the SE — (confirm against the SE PDF).
 */
export const DISTRIBUSI: Readonly<Record<OrgPredikat, readonly CurveRule[]>> = {
  // "sebagian besar (maksimal 70%) pegawai memiliki predikat kinerja Sangat Baik dan pegawai lainnya
  //  dapat memiliki predikat kinerja Baik, Butuh Perbaikan, Kurang/misconduct dan/atau Sangat Kurang"
  ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], rule: 'MAX', pct: 70 }],
  // "sebagian besar (maksimal 70%) pegawai memiliki predikat kinerja Baik, harus ada pegawai dengan
  //  predikat kinerja Butuh Perbaikan dan/atau Kurang/misconduct, …"
  BAIK: [
    { predikat: ['BAIK'], rule: 'MAX', pct: 70 },
    { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'REQUIRED' },
  ],
  // "minimal 60% pegawai … Butuh Perbaikan dan pegawai lainnya dapat memiliki … Sangat Baik (maksimal 10%), …"
  BUTUH_PERBAIKAN: [
    { predikat: ['SANGAT_BAIK'], rule: 'MAX', pct: 10 },
    { predikat: ['BUTUH_PERBAIKAN'], rule: 'MIN', pct: 60 },
  ],
  // "minimal 60% … Kurang/misconduct, minimal 10% … Butuh Perbaikan dan pegawai lainnya dapat memiliki
  //  … Sangat Baik (maksimal 10%), Baik, dan/atau Sangat Kurang"
  KURANG: [
    { predikat: ['SANGAT_BAIK'], rule: 'MAX', pct: 10 },
    { predikat: ['BUTUH_PERBAIKAN'], rule: 'MIN', pct: 10 },
    { predikat: ['KURANG'], rule: 'MIN', pct: 60 },
  ],
  // "minimal 60% … Sangat kurang harus ada minimal 10% pegawai yang memiliki predikat kinerja
  //  Kurang/misconduct dan/atau Butuh Perbaikan, … Baik dan tidak ada pegawai dengan predikat Sangat Baik"
  SANGAT_KURANG: [
    { predikat: ['SANGAT_BAIK'], rule: 'NONE' },
    { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'MIN', pct: 10 },
    { predikat: ['SANGAT_KURANG'], rule: 'MIN', pct: 60 },
  ],
};

/**
 * The number of pegawai a rule allows or demands in a group of n. Integer arithmetic on whole
 * percents: pct·n is an exact integer, and dividing an integer by 100 never lands on the wrong side
 * of a whole number, whereas 0.7 × 90 is 62.999… in floating point (floor would give 62, not 63).
 */
export function ruleLimit(rule: CurveRule, n: number): number {
  assertGroupSize(n);
  switch (rule.rule) {
    case 'MAX':
      return Math.floor((rule.pct * n) / 100);
    case 'MIN':
      return Math.ceil((rule.pct * n) / 100);
    case 'REQUIRED':
      return 1;
    case 'NONE':
      return 0;
  }
}

/** Checks a group's predikat counts against the curve of its organisation. An empty group is ok. */
export function checkDistribution(org: OrgPredikat, counts: Record<Predikat, number>): DistributionCheck {
  const rules = rulesOf(org);
  for (const p of predikatOrder) {
    const count = counts[p];
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`count of ${p} must be a whole number ≥ 0, got ${String(count)}`);
    }
  }
  const n = predikatOrder.reduce((total, p) => total + counts[p], 0);
  if (n === 0) return { ok: true, violations: [] };

  const violations: CurveViolation[] = [];
  for (const rule of rules) {
    const limit = ruleLimit(rule, n);
    const actual = rule.predikat.reduce((total, p) => total + counts[p], 0);
    const broken = rule.rule === 'MAX' || rule.rule === 'NONE' ? actual > limit : actual < limit;
    if (broken) violations.push({ predikat: [...rule.predikat], rule: rule.rule, limit, actual });
  }
  return { ok: violations.length === 0, violations };
}

export interface AllowedRange {
  predikat: Predikat[];
  rule: CurveRuleKind;
  /** Fewest and most pegawai the rule lets the named predikat have together in a group of n. */
  min: number;
  max: number;
}

/** Per rule of the organisation's curve, the allowed count range for a group of n (calibration screen). */
export function allowedRanges(org: OrgPredikat, n: number): AllowedRange[] {
  assertGroupSize(n);
  return rulesOf(org).map((rule) => {
    const limit = ruleLimit(rule, n);
    const predikat = [...rule.predikat];
    switch (rule.rule) {
      case 'MAX':
      case 'NONE':
        return { predikat, rule: rule.rule, min: 0, max: limit };
      case 'MIN':
      case 'REQUIRED':
        // An empty group is ok (checkDistribution), so nothing is demanded of it.
        return { predikat, rule: rule.rule, min: n === 0 ? 0 : limit, max: n };
    }
  });
}

/**
 * Whether any spread of n pegawai satisfies the curve. Within a row the demanding rules (MIN,
 * REQUIRED) count disjoint predikat, and every row leaves at least one predikat free of any cap
 * (Sangat Kurang or Baik), so the group fits exactly when the demanded counts add up to at most n.
 * A group too small (e.g. 2 pegawai under Kurang: ≥1 Butuh Perbaikan and ≥2 Kurang) cannot comply;
 * such a group needs the soft mode or an override.
 */
export function isSatisfiable(org: OrgPredikat, n: number): boolean {
  const demanded = allowedRanges(org, n).reduce((total, range) => total + range.min, 0);
  return demanded <= n;
}

/**
 * Whether the curve can still be met when some members' predikat are fixed — a unit head's
 * rating hasil kerja follows their unit's predikat (§3.4), so the curve may not move them — and
 * only the other n − fixed members may be spread. A fixed count over a cap cannot be undone, and
 * each demanded count the fixed members leave short must be filled by the free ones; the demanding
 * rules of a row count disjoint predikat that no cap of the row names, so the shortfalls add up.
 */
export function isSatisfiableWith(org: OrgPredikat, n: number, fixed: Record<Predikat, number>): boolean {
  assertGroupSize(n);
  const fixedTotal = predikatOrder.reduce((total, p) => total + fixed[p], 0);
  if (fixedTotal > n) throw new RangeError(`fixed members (${fixedTotal}) exceed the group (${n})`);
  if (n === 0) return true;
  let shortfall = 0;
  for (const rule of rulesOf(org)) {
    const limit = ruleLimit(rule, n);
    const actual = rule.predikat.reduce((total, p) => total + fixed[p], 0);
    if ((rule.rule === 'MAX' || rule.rule === 'NONE') && actual > limit) return false;
    if (rule.rule === 'MIN' || rule.rule === 'REQUIRED') shortfall += Math.max(0, limit - actual);
  }
  return shortfall <= n - fixedTotal;
}

/** Counts a list of predikat into the record checkDistribution takes. */
export function countPredikat(list: readonly Predikat[]): Record<Predikat, number> {
  const counts = Object.fromEntries(predikatOrder.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const p of list) {
    if (!isPredikat(p)) throw new RangeError(`not a predikat: "${String(p)}"`);
    counts[p] += 1;
  }
  return counts;
}

function rulesOf(org: OrgPredikat): readonly CurveRule[] {
  const rules = (orgPredikatOrder as readonly string[]).includes(org) ? DISTRIBUSI[org] : undefined;
  if (!rules) throw new RangeError(`not an organisation predikat: "${String(org)}"`);
  return rules;
}

function assertGroupSize(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`group size must be a whole number ≥ 0, got ${String(n)}`);
}
