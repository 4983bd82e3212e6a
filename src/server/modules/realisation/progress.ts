import { capaian, defaultAccumulation, meanCapaian, yearToDate, type Accumulation, type Aspek, type Direction } from '../../../domain/capaian';
import type { PlanInForce } from '../skp';
import type { IndicatorRow, PeriodRow, RealisationRow, SubmissionRow } from './realisation.repository';

export interface SeriesPoint {
  periodId: string;
  value: number | null;
  yearToDate: number | null;
  capaian: number | null;
}

type Accumulating = Pick<IndicatorRow, 'accumulation' | 'aspek' | 'satuan' | 'direction' | 'source_kind'>;

/** The accumulation the IKI states, or (an IKI defined before it was stated) the default that fits it. */
export const accumulationOf = (iki: Accumulating): Accumulation =>
  (iki.accumulation as Accumulation | null) ?? defaultAccumulation(iki.aspek as Aspek, { satuan: iki.satuan, direction: iki.direction as Direction, serviceFed: iki.source_kind !== null });

/** The indicator as it counts in period k (its target and accumulation then), or undefined for as it stands. */
export type VariantAt = (iki: IndicatorRow, k: number) => IndicatorRow | undefined;

/**
 * Each indicator's value per period, the year to date as its accumulation rule adds them up, and
 * the capaian of that year-to-date against the annual target. Pure: rows in, series out.
 */
export function indicatorSeries(indicators: readonly IndicatorRow[], realisations: readonly RealisationRow[], periodIds: readonly string[], variantAt: VariantAt = () => undefined): Map<string, SeriesPoint[]> {
  const valueOf = new Map(realisations.map((r) => [`${r.iki_id}:${r.period_id}`, r.value]));
  const series = new Map<string, SeriesPoint[]>();
  for (const iki of indicators) {
    const values: (number | null)[] = [];
    const points = periodIds.map((periodId, k) => {
      const row = variantAt(iki, k) ?? iki;
      const value = valueOf.get(`${iki.id}:${periodId}`) ?? null;
      values.push(value);
      const ytd = yearToDate(values, accumulationOf(row));
      const achieved = ytd !== null && row.target_value !== null && row.target_value >= 0 ? capaian(row.target_value, ytd, row.direction as Direction) : null;
      return { periodId, value, yearToDate: ytd, capaian: achieved };
    });
    series.set(iki.id, points);
  }
  return series;
}

// The end of a period's last day in Solok (WIB, UTC+7).
const endOfDayInSolok = (day: string) => new Date(Date.parse(`${day}T17:00:00Z`));

/**
 * A closed period keeps the targets it was measured against (issue #16 point 8). A period closes
 * when its last day has passed or its realisation was submitted, whichever is first; a revision
 * approved after that counts from the next open period on. Returns, per IKI and period, the
 * indicator as the revision in force at that closing said (undefined: as the plan says today).
 */
export function closedPeriodVariants(plans: ReadonlyMap<string, Pick<PlanInForce, 'approved'>>, periods: readonly Pick<PeriodRow, 'id' | 'ends_on'>[], submissions: readonly Pick<SubmissionRow, 'skp_id' | 'period_id' | 'submitted_at'>[], now: Date): VariantAt {
  return (iki, k) => {
    const approved = plans.get(iki.skp_id)?.approved ?? [];
    const period = periods[k];
    if (approved.length < 2 || !period) return undefined;
    const ended = endOfDayInSolok(period.ends_on);
    const submitted = submissions.find((s) => s.skp_id === iki.skp_id && s.period_id === period.id)?.submitted_at;
    const closedAt = [ended <= now ? ended : null, submitted ?? null].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0];
    if (!closedAt) return undefined;
    // Realisation needs an approved plan, so a period closed before the first approval on record was measured against it.
    const inForce = approved.filter((r) => r.approvedAt <= closedAt).at(-1) ?? approved[0]!;
    if (inForce === approved.at(-1)) return undefined;
    return inForce.indicators.find((i) => i.id === iki.id);
  };
}

/** Capaian per RHK (mean of its indicators) and per SKP (mean of its RHK), at period index `k`. */
export function rollUp(indicators: readonly IndicatorRow[], series: Map<string, SeriesPoint[]>, k: number) {
  const byRhk = new Map<string, (number | null)[]>();
  for (const iki of indicators) {
    const list = byRhk.get(iki.rhkId) ?? [];
    list.push(series.get(iki.id)?.[k]?.capaian ?? null);
    byRhk.set(iki.rhkId, list);
  }
  const rhk = new Map([...byRhk].map(([id, values]) => [id, meanCapaian(values)]));
  return { rhk, skp: meanCapaian([...rhk.values()]) };
}
