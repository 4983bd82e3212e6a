import type { AuthContext } from '../../platform/auth/sessions';

/** BKPSDM and pimpinan set goals city-wide; an admin OPD for their own OPD. */
export function canManageGoalsOf(auth: AuthContext, opdId: string): boolean {
  if (auth.roles.includes('ADMIN_BKPSDM') || auth.roles.includes('PIMPINAN')) return true;
  return auth.roles.includes('ADMIN_OPD') && auth.adminOpdIds.includes(opdId);
}

/** Everyone signed in may read the goals they work towards; null = all OPDs. */
export function readableGoalOpds(auth: AuthContext): string[] | null {
  return auth.roles.includes('ADMIN_OPD') && !auth.roles.some((r) => r === 'ADMIN_BKPSDM' || r === 'PIMPINAN' || r === 'INSPEKTORAT') ? auth.adminOpdIds : null;
}
