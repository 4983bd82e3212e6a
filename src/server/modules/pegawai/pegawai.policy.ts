import type { AuthContext } from '../../platform/auth/sessions';

/**
 * Which pegawai a caller reaches (design.md "Access is scoped on the server"):
 * BKPSDM, pimpinan and inspektorat the whole instansi; admin OPD their OPDs; everyone their own
 * record and the people whose atasan, penilai or atasan penilai they are.
 */
export interface PegawaiScope {
  instansiId: string;
  wholeInstansi: boolean;
  opdIds: string[];
  selfPegawaiId: string | null;
}

const INSTANSI_WIDE = ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT'] as const;

export function pegawaiScopeOf(auth: AuthContext): PegawaiScope {
  return {
    instansiId: auth.account.instansiId,
    wholeInstansi: INSTANSI_WIDE.some((role) => auth.roles.includes(role)),
    opdIds: auth.roles.includes('ADMIN_OPD') ? auth.adminOpdIds : [],
    selfPegawaiId: auth.account.pegawaiId,
  };
}

/** BKPSDM fixes chains city-wide: the override is its tool for "data atasan salah". */
export const canOverrideChain = (auth: AuthContext) => auth.roles.includes('ADMIN_BKPSDM');

/** Transfers: BKPSDM anywhere in the instansi, admin OPD within (and into) their OPD. */
export function canTransfer(auth: AuthContext, fromOpdId: string | null, toOpdId: string | null): boolean {
  if (auth.roles.includes('ADMIN_BKPSDM')) return true;
  if (!auth.roles.includes('ADMIN_OPD')) return false;
  const mine = new Set(auth.adminOpdIds);
  return (fromOpdId === null || mine.has(fromOpdId)) && toOpdId !== null && mine.has(toOpdId);
}

/** Units of which OPDs a caller may see in the tree: null means all of the instansi. */
export function visibleOpdIds(auth: AuthContext): string[] | null {
  const scope = pegawaiScopeOf(auth);
  return scope.wholeInstansi ? null : scope.opdIds;
}
