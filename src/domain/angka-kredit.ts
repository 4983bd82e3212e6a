// Angka kredit of a jabatan fungsional from its predikat — Peraturan BKN 3/2023 (domain.md §3.5).
import { roundHalfAwayFromZero } from './capaian';
import { isPredikat, type Predikat } from './predikat';

/** Share of the annual koefisien earned per predikat, in whole percents. */
export const PERSENTASE_ANGKA_KREDIT: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
};

/**
 * AK = (bulan / 12) × %predikat × koefisien AK tahunan, rounded to 2 decimals (half up, as in the
 * BKN examples: 12,5 × 2/12 = 2,0833 → 2,08; 3,75 × 150% = 5,625 → 5,63). `bulan` is the number of
 * whole months the predikat covers (1–12); `koefisienTahunan` must be positive.
 */
export function angkaKredit(predikat: Predikat, koefisienTahunan: number, bulan = 12): number {
  if (!isPredikat(predikat)) throw new RangeError(`not a predikat: "${String(predikat)}"`);
  if (!Number.isFinite(koefisienTahunan) || koefisienTahunan <= 0) {
    throw new RangeError(`koefisien tahunan must be a positive number, got ${String(koefisienTahunan)}`);
  }
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) {
    throw new RangeError(`bulan must be a whole number of months 1–12, got ${String(bulan)}`);
  }
  // Integers multiplied first, one division last: the fewest binary roundings before rounding to cents.
  const raw = (bulan * PERSENTASE_ANGKA_KREDIT[predikat] * koefisienTahunan) / (12 * 100);
  return roundHalfAwayFromZero(raw, 2);
}
