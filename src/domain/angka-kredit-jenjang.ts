// Which koefisien angka kredit a jabatan fungsional earns per year, and over how many months of
// one SKP (domain.md §3.5; PermenPANRB 1/2023 with Peraturan BKN 3/2023).

/**
 * Koefisien angka kredit tahunan per jenjang. Ahli Pertama 12,5 and Pemula 3,75 are the BKN
 * examples quoted in domain.md §3.5; the other jenjang follow PermenPANRB 1/2023
 * (confirm against its Lampiran before relying on them for a PAK).
 */
export const KOEFISIEN_TAHUNAN: Readonly<Record<string, number>> = {
  PEMULA: 3.75,
  TERAMPIL: 5,
  MAHIR: 12.5,
  PENYELIA: 25,
  AHLI_PERTAMA: 12.5,
  AHLI_MUDA: 25,
  AHLI_MADYA: 37.5,
  AHLI_UTAMA: 50,
};

/** The annual koefisien of a jenjang, or null when the jenjang is unknown or empty. */
export function koefisienTahunan(jenjang: string | null | undefined): number | null {
  // Own keys only: a jenjang typed by a user ("constructor", "toString") is not on Object.prototype's menu.
  return jenjang && Object.hasOwn(KOEFISIEN_TAHUNAN, jenjang) ? KOEFISIEN_TAHUNAN[jenjang]! : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whole months of `year` one SKP covers (design, the regulation counts "bulan" without saying how
 * a broken month falls): a month belongs to the SKP in force on its 15th. So two SKPs split by a
 * transfer share the twelve months without counting one twice, and a pegawai appointed on the
 * 10th of March earns March. Dates are YYYY-MM-DD, `validTo` null = still running.
 */
export function monthsOfService(validFrom: string, validTo: string | null, year: number): number {
  if (!DAY.test(validFrom) || (validTo !== null && !DAY.test(validTo))) throw new RangeError('dates must be YYYY-MM-DD');
  let months = 0;
  for (let month = 1; month <= 12; month += 1) {
    const midpoint = `${year}-${String(month).padStart(2, '0')}-15`;
    if (validFrom <= midpoint && (validTo === null || midpoint <= validTo)) months += 1;
  }
  return months;
}
