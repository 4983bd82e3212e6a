// Indeks Kepuasan Masyarakat from the Survei Kepuasan Masyarakat — PermenPANRB 14/2017 (domain.md §8.1).

/** The nine unsur in the regulation's order (Penanganan Pengaduan 8th, Sarana 9th). */
export const ikmUnsur = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran dan Masukan',
  'Sarana dan Prasarana',
] as const;

/** The regulation's rounded weight 1/9 = 0,111 — the default. */
export const IKM_WEIGHT_OFFICIAL = 0.111;
/** Exact equal weights; an instansi may report with this instead (setting). */
export const IKM_WEIGHT_EXACT = 1 / 9;

export type Mutu = 'A' | 'B' | 'C' | 'D';

export const mutuLabel: Readonly<Record<Mutu, string>> = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Kurang Baik',
  D: 'Tidak Baik',
};

export interface IkmResult {
  /** Nilai rata-rata per unsur, in ikmUnsur order, unrounded. */
  nrr: number[];
  /** Σ NRR × weight × 25 (25–100 with exact weights), unrounded: round only for display. */
  index: number;
  mutu: Mutu;
}

// Lower bounds of the "Interval konversi IKM" column, best first.
const MUTU_BOUNDS: readonly (readonly [Mutu, number])[] = [
  ['A', 88.31],
  ['B', 76.61],
  ['C', 65.0],
];
// Half a unit of the last printed decimal is added before flooring; floating point can leave a
// value that is decimally on .xx5 (or on a bound) a few ulps under it, and this slack restores it.
const PRINT_TOLERANCE = 1e-6;

/**
 * The index as a report prints it: two decimals, half up (64,995 → 65,00; 64,999 → 65,00).
 * Mutu is read from this figure so the printed index and its mutu always agree.
 */
export function printedIndex(index: number): number {
  if (!Number.isFinite(index)) throw new RangeError(`index must be a finite number, got ${String(index)}`);
  return Math.floor(index * 100 + 0.5 + PRINT_TOLERANCE) / 100;
}

/**
 * IKM of a survey: each response is nine integer scores 1 (tidak baik) … 4 (sangat baik), one per
 * unsur. No responses, a response of another length, or a score outside 1–4 is a RangeError.
 */
export function ikm(responses: number[][], options: { weight?: number } = {}): IkmResult {
  const weight = options.weight ?? IKM_WEIGHT_OFFICIAL;
  if (!Number.isFinite(weight) || weight <= 0) throw new RangeError(`weight must be a positive number, got ${String(weight)}`);
  if (responses.length === 0) throw new RangeError('an IKM needs at least one response');

  const totals = ikmUnsur.map(() => 0);
  responses.forEach((response, row) => {
    if (!Array.isArray(response) || response.length !== ikmUnsur.length) {
      throw new RangeError(`response ${row + 1} must have ${ikmUnsur.length} scores`);
    }
    response.forEach((score, unsur) => {
      if (!Number.isInteger(score) || score < 1 || score > 4) {
        throw new RangeError(`response ${row + 1}, unsur ${unsur + 1}: score must be an integer 1–4, got ${String(score)}`);
      }
      totals[unsur] = (totals[unsur] ?? 0) + score;
    });
  });

  return ikmFromTotals(totals, responses.length, { weight });
}

/**
 * The same IKM from what a database sums up: the total score per unsur and the number of
 * respondents (every respondent answers every unsur). Totals outside what `respondents` scores of
 * 1–4 can make, or no respondents, throw RangeError.
 */
export function ikmFromTotals(totals: readonly number[], respondents: number, options: { weight?: number } = {}): IkmResult {
  const weight = options.weight ?? IKM_WEIGHT_OFFICIAL;
  if (!Number.isFinite(weight) || weight <= 0) throw new RangeError(`weight must be a positive number, got ${String(weight)}`);
  if (!Number.isInteger(respondents) || respondents < 1) throw new RangeError('an IKM needs at least one response');
  if (totals.length !== ikmUnsur.length) throw new RangeError(`totals must have ${ikmUnsur.length} values`);
  totals.forEach((total, unsur) => {
    if (!Number.isInteger(total) || total < respondents || total > 4 * respondents) {
      throw new RangeError(`unsur ${unsur + 1}: total ${String(total)} is not possible for ${respondents} responses of 1–4`);
    }
  });
  const nrr = totals.map((total) => total / respondents);
  // IKM (raw) = Σ (NRR_i × weight); IKM unit pelayanan = IKM (raw) × 25. The weight is the same for
  // every unsur, so it is applied once to the sum: fewer roundings (all 4s with 1/9 give exactly 100).
  const index = nrr.reduce((sum, value) => sum + value, 0) * weight * 25;
  return { nrr, index, mutu: mutuOf(index) };
}

/**
 * Mutu pelayanan of an index, read on the printed figure (two decimals, half up):
 * A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, otherwise D — so 64,999 prints 65,00 and is C.
 */
export function mutuOf(index: number): Mutu {
  const printed = printedIndex(index);
  for (const [mutu, lowerBound] of MUTU_BOUNDS) {
    if (printed >= lowerBound) return mutu;
  }
  return 'D';
}
