import type { IkiSourceView } from '../../../shared/schemas/public-service';
import type { Executor } from '../../platform/db/transaction';
import { computeServiceFed, describeServiceSource, isServiceFed, serviceFedKey } from '../public-service';
import type { IndicatorRow, PeriodRow, RealisationRow } from './realisation.repository';

export { isServiceFed, serviceFedKey };

export interface WithServiceFed {
  /** The indicators, service-fed ones averaging their periods unless they say otherwise. */
  indicators: IndicatorRow[];
  /** Typed realisations, with service-fed IKI's values replaced by the computed ones (narratives kept). */
  realisations: RealisationRow[];
  /** `${ikiId}:${periodId}` → where the computed value came from. */
  sources: Map<string, IkiSourceView>;
  /** Per service-fed IKI: the source of its latest period with a computed value (else of the first period). */
  latestSources: Map<string, IkiSourceView>;
  /** Ids of the service-fed IKI: they count as filled. */
  fedIds: Set<string>;
}

/**
 * Service-fed IKI (issue #7) take their realisation from a service unit's complaints or IKM, not
 * from what is typed: this puts the computed values in place of the typed ones, for any number of
 * SKP at once, so the period view, the progress chart and the team view all read the same numbers.
 */
export async function withServiceFed(db: Executor, indicators: IndicatorRow[], realisations: RealisationRow[], periods: readonly PeriodRow[], now: Date): Promise<WithServiceFed> {
  const fed = indicators.filter(isServiceFed);
  if (fed.length === 0) return { indicators, realisations, sources: new Map(), latestSources: new Map(), fedIds: new Set() };
  const fedIds = new Set(fed.map((i) => i.id));
  const computed = await computeServiceFed(db, fed, periods, now);
  const typed = new Map(realisations.filter((r) => fedIds.has(r.iki_id)).map((r) => [serviceFedKey(r.iki_id, r.period_id), r]));
  const merged = realisations.filter((r) => !fedIds.has(r.iki_id));
  const sources = new Map<string, IkiSourceView>();
  const latestSources = new Map<string, IkiSourceView>();
  for (const iki of fed) {
    for (const period of periods) {
      const key = serviceFedKey(iki.id, period.id);
      const value = computed.get(key);
      if (value) sources.set(key, value.source);
      if (value && (value.value !== null || !latestSources.has(iki.id))) latestSources.set(iki.id, value.source);
      const row = typed.get(key);
      if (row) merged.push({ ...row, value: value?.value ?? null });
      else if (value && value.value !== null) merged.push({ skp_id: iki.skp_id, iki_id: iki.id, period_id: period.id, value: value.value, narrative: '', rencana_aksi: '', updated_at: now });
    }
  }
  // A percentage, an index or a number of days is averaged over the periods, not summed.
  const adjusted = indicators.map((i) => (fedIds.has(i.id) && i.accumulation === null ? { ...i, accumulation: 'AVERAGE' } : i));
  return { indicators: adjusted, realisations: merged, sources, latestSources, fedIds };
}

/** The 422 message for a value typed into a service-fed IKI: where the value comes from instead. */
export async function describeSource(db: Executor, iki: Pick<IndicatorRow, 'source_kind' | 'source_unit_id'>): Promise<string> {
  const where = await describeServiceSource(db, iki.source_kind!, iki.source_unit_id!);
  return `Realisasi indikator ini dihitung otomatis dari ${where}, bukan diisi manual. Uraian dan rencana aksi tetap dapat diisi.`;
}
