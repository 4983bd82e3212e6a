// Predikat kinerja organisasi: what the curve is read by (SE MenPANRB 3/2023, domain.md §5.1 step 1)
// and what it means for the head of the unit (§3.4).
import type { Rating } from './predikat';

/** Organisation predikat, best first (§5.1 step 1). */
export const orgPredikatOrder = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrgPredikat = (typeof orgPredikatOrder)[number];

export const orgPredikatLabel: Readonly<Record<OrgPredikat, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/**
 * Default rating hasil kerja of a unit head from the predikat of the unit they lead (§3.4: "capaian
 * kinerja satuan organisasi yang dipimpin ditetapkan sebagai rating hasil kerja"). The 5 → 3 mapping
 * is NOT in the retrieved regulation text — (unconfirmed), so callers let admins edit it.
 */
export const orgPredikatToRating: Readonly<Record<OrgPredikat, Rating>> = {
  ISTIMEWA: 'DI_ATAS',
  BAIK: 'SESUAI',
  BUTUH_PERBAIKAN: 'DI_BAWAH',
  KURANG: 'DI_BAWAH',
  SANGAT_KURANG: 'DI_BAWAH',
};
