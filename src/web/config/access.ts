import type { Role } from '../../shared/roles';

/**
 * Which roles may open each restricted page. The server enforces the same rule on every call;
 * this only keeps the menu honest and shows a 403 page instead of a broken one.
 */
export const pageRoles = {
  roles: ['ADMIN_BKPSDM'],
  audit: ['ADMIN_BKPSDM', 'INSPEKTORAT'],
  settings: ['ADMIN_BKPSDM'],
  // The same roles GET /api/units answers; they also see the pegawai list city- or OPD-wide.
  organisation: ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT', 'ADMIN_OPD'],
  incompleteChains: ['ADMIN_BKPSDM', 'ADMIN_OPD'],
  imports: ['ADMIN_BKPSDM', 'ADMIN_OPD'],
  // SKP planning: the approval queue and the cascade are the atasan's; the tree and IKU the OPD-wide roles'.
  skpTeam: ['ATASAN'],
  skpMatrix: ['ATASAN'],
  // Realisasi tim: ATASAN is derived for whoever is someone's atasan, penilai or atasan penilai.
  realisationTeam: ['ATASAN'],
  pohonKinerja: ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT', 'ADMIN_OPD'],
  iku: ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT', 'ADMIN_OPD'],
  // Kalibrasi: the penilai's own group (ATASAN covers every penilai).
  calibration: ['ATASAN'],
  // Predikat organisasi: the leaders above units set it; BKPSDM and pimpinan see the instansi.
  orgPredikat: ['ATASAN', 'ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT', 'ADMIN_OPD'],
} as const satisfies Record<string, readonly Role[]>;

export type RestrictedPage = keyof typeof pageRoles;

export function canOpen(page: RestrictedPage, roles: readonly Role[]): boolean {
  const allowed: readonly Role[] = pageRoles[page];
  return roles.some((role) => allowed.includes(role));
}
