import type { AuthContext } from '../../platform/auth/sessions';
import { forbiddenScope } from '../../platform/errors';

/**
 * Where an import may write (design.md "Access is scoped on the server"): BKPSDM the whole
 * instansi, an admin OPD only inside their OPDs. Only BKPSDM sets atasan overrides, as in the
 * pegawai module, so an admin OPD's file may not name an atasan other than the structure's.
 */
export interface ImportScope {
  instansiId: string;
  /** null: the whole instansi. */
  opdIds: string[] | null;
  mayOverrideAtasan: boolean;
}

export function importScopeOf(auth: AuthContext): ImportScope {
  const instansiId = auth.account.instansiId;
  if (auth.roles.includes('ADMIN_BKPSDM')) return { instansiId, opdIds: null, mayOverrideAtasan: true };
  if (auth.roles.includes('ADMIN_OPD')) return { instansiId, opdIds: [...auth.adminOpdIds], mayOverrideAtasan: false };
  throw forbiddenScope();
}

/** The CLI and the bench act for the system: the whole instansi. */
export const systemImportScope = (instansiId: string): ImportScope => ({ instansiId, opdIds: null, mayOverrideAtasan: true });

export const inScope = (scope: ImportScope, opdId: string | null | undefined): boolean =>
  scope.opdIds === null || (opdId !== null && opdId !== undefined && scope.opdIds.includes(opdId));
