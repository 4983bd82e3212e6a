import type { Target } from './evaluation-access';

export interface PeriodSubmission {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  realisationCloses: string;
  submittedAt: string | null;
}

export interface Readiness {
  /** Why the penilai may not rate yet, in Bahasa Indonesia; empty once they may. */
  waiting: string[];
  /** Periods rated without submitted realisation, kept on the rating. */
  unsubmitted: { periodId: string; name: string }[];
  /** Rated before the evaluated time ended (only where the instansi allows it). */
  beforeEnd: boolean;
  /** The periods the rating covers: their realisation locks once it is rated. */
  covered: string[];
}

/**
 * Each step in its order (issue #16): a rating waits for the end of what it evaluates — the period,
 * the year for the annual rating, or the SKP's own end when a transfer ended it sooner — and for
 * the realisation of every period it covers to be submitted, or for that realisation's deadline to
 * pass with nothing submitted (then the rating records it). An instansi may open rating earlier
 * (`ratingWaitsForPeriod: 'open'`); what was missing is still recorded.
 */
export function ratingReadiness(input: { target: Target; skp: { valid_from: string; valid_to: string | null }; periods: readonly PeriodSubmission[]; today: string; mode: 'wait' | 'open' }): Readiness {
  const { target, skp, periods, today, mode } = input;
  const endsOn = skp.valid_to !== null && skp.valid_to < target.endsOn ? skp.valid_to : target.endsOn;
  const covered = target.period
    ? periods.filter((p) => p.id === target.period!.id)
    : periods.filter((p) => p.endsOn >= skp.valid_from && (skp.valid_to === null || p.startsOn <= skp.valid_to));
  const waiting: string[] = [];
  const beforeEnd = today <= endsOn;
  if (beforeEnd) {
    const what = target.period ? target.period.name : `Tahun ${target.year}`;
    waiting.push(`${what} baru berakhir ${endsOn}; penilaian dilakukan setelah masa yang dinilai berakhir.`);
  }
  const unsubmitted: Readiness['unsubmitted'] = [];
  for (const p of covered) {
    if (p.submittedAt !== null) continue;
    if (today > p.realisationCloses || mode === 'open') unsubmitted.push({ periodId: p.id, name: p.name });
    else waiting.push(`Realisasi ${p.name} belum diajukan; penilaian menunggu realisasi diajukan atau batas waktunya (${p.realisationCloses}) lewat.`);
  }
  return { waiting: mode === 'open' ? [] : waiting, unsubmitted, beforeEnd, covered: covered.map((p) => p.id) };
}
