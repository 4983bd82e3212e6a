// Predikat kinerja pegawai from the two ratings — the "kuadran kinerja" of PermenPANRB 6/2022
// (domain.md §3.1–§3.4).
/** Rating hasil kerja and rating perilaku kerja share these three levels (§3.1, §3.2). Best first. */
export const ratings = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
export type Rating = (typeof ratings)[number];

/** Best → worst, the order of the distribution curve's axis (§3.3). */
export const predikatOrder = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof predikatOrder)[number];

export const ratingLabel: Readonly<Record<Rating, string>> = {
  DI_ATAS: 'Di Atas Ekspektasi',
  SESUAI: 'Sesuai Ekspektasi',
  DI_BAWAH: 'Di Bawah Ekspektasi',
};

/** As on the official curve; SE 3/2023 also writes Butuh Perbaikan as "Butuh Perbaikan/Cukup". */
export const predikatLabel: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

// Rows: rating hasil kerja; columns: rating perilaku kerja (§3.3).
const KUADRAN: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

/** The predikat of a pegawai; a value that is not a Rating (e.g. from stored text) is a RangeError. */
export function predikat(hasilKerja: Rating, perilaku: Rating): Predikat {
  const result = isRating(hasilKerja) && isRating(perilaku) ? KUADRAN[hasilKerja][perilaku] : undefined;
  if (!result) throw new RangeError(`not a rating pair: hasil kerja "${String(hasilKerja)}", perilaku "${String(perilaku)}"`);
  return result;
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (ratings as readonly string[]).includes(value);
}

export function isPredikat(value: unknown): value is Predikat {
  return typeof value === 'string' && (predikatOrder as readonly string[]).includes(value);
}
