import { capaian, defaultAccumulation, meanCapaian, yearToDate, type Accumulation, type Direction } from '../../../domain/capaian';
import type { IndicatorRow, RealisationRow } from './realisation.repository';

export interface SeriesPoint {
  periodId: string;
  value: number | null;
  yearToDate: number | null;
  capaian: number | null;
}

type Aspek = Parameters<typeof defaultAccumulation>[0];

export const accumulationOf = (iki: Pick<IndicatorRow, 'accumulation' | 'aspek'>): Accumulation => (iki.accumulation as Accumulation | null) ?? defaultAccumulation(iki.aspek as Aspek);

/**
 * Each indicator's value per period, the year to date as its accumulation rule adds them up, and
 * the capaian of that year-to-date against the annual target. Pure: rows in, series out.
 */
export function indicatorSeries(indicators: readonly IndicatorRow[], realisations: readonly RealisationRow[], periodIds: readonly string[]): Map<string, SeriesPoint[]> {
  const valueOf = new Map(realisations.map((r) => [`${r.iki_id}:${r.period_id}`, r.value]));
  const series = new Map<string, SeriesPoint[]>();
  for (const iki of indicators) {
    const accumulation = accumulationOf(iki);
    const values: (number | null)[] = [];
    const points = periodIds.map((periodId) => {
      const value = valueOf.get(`${iki.id}:${periodId}`) ?? null;
      values.push(value);
      const ytd = yearToDate(values, accumulation);
      const achieved = ytd !== null && iki.target_value !== null && iki.target_value >= 0 ? capaian(iki.target_value, ytd, iki.direction as Direction) : null;
      return { periodId, value, yearToDate: ytd, capaian: achieved };
    });
    series.set(iki.id, points);
  }
  return series;
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
