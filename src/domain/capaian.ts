// Capaian (achievement, % of target) of an IKI and its year-to-date realisation — domain.md §1.2, §2.1.
// Capaian is a monitoring figure only: the official rating is the penilai's judgement (§3.1).

export type Direction = 'HIGHER' | 'LOWER';
export type Accumulation = 'SUM' | 'AVERAGE' | 'LAST';
export type Aspek = 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA';

/** PP 30/2019: realisasi above target gives a nilai capaian of at most 120 (domain.md §1.2). */
export const CAPAIAN_CAP = 120;

/** What the IKI says of itself beyond its aspek, to pick the accumulation that fits it. */
export interface IndicatorHints {
  satuan?: string | null;
  direction?: Direction;
  /** Service-fed (an index, a percentage on time, a number of days): always averaged. */
  serviceFed?: boolean;
}

// Units that are shares, scores or rates: a year of them is their mean, never their sum.
const RATE_UNITS = /(%|persen|indeks|index|nilai|skor|rasio|rata)/i;
// Units of elapsed time: a duration per case is averaged.
const DURATION_UNITS = /^(hari|jam|menit|detik|minggu)\b/i;
// Units that count things done, months included: "12 bulan tepat waktu" is twelve months, each reported once.
const COUNT_UNITS = /^(bulan|dokumen|laporan|kegiatan|kali|orang|berkas|paket|unit|buah|surat|sekolah|lokasi|rekomendasi|naskah|keputusan|peraturan|kajian|data|usulan|sk|triwulan|semester|kejadian|kasus)\b/i;

/**
 * How the periods of a year add up when the author does not choose (issue #16 point 5):
 * - a service-fed IKI and a percentage, index or score are averaged;
 * - a duration (hari, jam; "within 3 bulan" when lower is better) is averaged;
 * - a count of things or of months ("12 Dokumen", "12 Bulan" tepat waktu, 40 kejadian) adds up, whatever its aspek;
 * - otherwise KUANTITAS adds up and KUALITAS, WAKTU and BIAYA are averaged.
 */
export function defaultAccumulation(aspek: Aspek, hints: IndicatorHints = {}): Accumulation {
  if (!['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'].includes(aspek)) throw new RangeError(`unknown aspek "${String(aspek)}"`);
  const satuan = (hints.satuan ?? '').trim();
  if (hints.serviceFed || RATE_UNITS.test(satuan) || DURATION_UNITS.test(satuan)) return 'AVERAGE';
  if (COUNT_UNITS.test(satuan)) return hints.direction === 'LOWER' && /^bulan/i.test(satuan) ? 'AVERAGE' : 'SUM';
  return aspek === 'KUANTITAS' ? 'SUM' : 'AVERAGE';
}

/**
 * The realisation of the year so far. `values` are the periods in order, up to and including the
 * current one; null is a period not entered yet and is skipped. Null when nothing was entered.
 * Float noise beyond 15 significant digits is removed, so 0.1 + 0.2 is 0.3.
 */
export function yearToDate(values: readonly (number | null)[], accumulation: Accumulation): number | null {
  const entered = values.filter((value): value is number => value !== null);
  entered.forEach((value) => assertFinite(value, 'realisation'));
  if (entered.length === 0) return null;
  switch (accumulation) {
    case 'SUM':
      return withoutFloatNoise(sum(entered));
    case 'AVERAGE':
      return withoutFloatNoise(sum(entered) / entered.length);
    case 'LAST':
      return entered[entered.length - 1] ?? null;
    default:
      throw new RangeError(`unknown accumulation "${String(accumulation)}"`);
  }
}

/**
 * Capaian in percent, clamped to [0, CAPAIAN_CAP] and rounded to 2 decimals.
 * - HIGHER (more is better): r / t × 100.
 * - LOWER (less is better: response time, accident count): (2t − r) / t × 100 — 100 at target,
 *   more below it, 0 from twice the target on. domain.md gives no formula for lower-is-better;
 *   this is the common "polaritas negatif" practice of the SAKIP evaluation guidance
 *   (PermenPANRB 53/2014, Juknis evaluasi SAKIP).
 * - A zero target is met by any realisation on the right side of it: HIGHER t = 0 → 100 when
 *   r ≥ 0; LOWER t = 0 ("zero accidents") → 100 when r ≤ 0, else 0 (no ratio exists).
 * A negative target or a non-finite number is a RangeError.
 */
export function capaian(target: number, realisation: number, direction: Direction): number {
  assertFinite(target, 'target');
  assertFinite(realisation, 'realisation');
  if (target < 0) throw new RangeError(`target must not be negative, got ${target}`);
  let percent: number;
  if (direction === 'HIGHER') {
    percent = target === 0 ? (realisation >= 0 ? 100 : 0) : (realisation / target) * 100;
  } else if (direction === 'LOWER') {
    percent = target === 0 ? (realisation <= 0 ? 100 : 0) : ((2 * target - realisation) / target) * 100;
  } else {
    throw new RangeError(`unknown direction "${String(direction)}"`);
  }
  return roundHalfAwayFromZero(Math.min(CAPAIAN_CAP, Math.max(0, percent)), 2);
}

/** Mean of the capaian entered (progress of an RHK or a whole SKP), 2 decimals; null when none. */
export function meanCapaian(values: readonly (number | null)[]): number | null {
  const entered = values.filter((value): value is number => value !== null);
  entered.forEach((value) => assertFinite(value, 'capaian'));
  if (entered.length === 0) return null;
  return roundHalfAwayFromZero(sum(entered) / entered.length, 2);
}

/**
 * Rounds half away from zero as people do on paper (1.005 → 1.01, 2.0833 → 2.08). A binary float
 * such as 1.005 is really 1.00499999999999989…; scaling and trimming to 15 significant digits
 * first restores the decimal the user meant before rounding.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  assertFinite(value, 'value');
  const factor = 10 ** decimals;
  const scaled = withoutFloatNoise(Math.abs(value) * factor);
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

function withoutFloatNoise(value: number): number {
  return Number(value.toPrecision(15));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function assertFinite(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
}
