import type { AuthContext } from '../../platform/auth/sessions';
import type { Executor } from '../../platform/db/transaction';
import { listUnitsHeadedBy } from '../organisation';
import { listMembershipsOf } from './service-units.repository';

/**
 * Who may do what with a service unit and its complaints (issue #7):
 * - the handling unit — its members and the head of its unit kerja — sees complainants' contact;
 * - the head (or a member who is KOORDINATOR) dispatches; the assigned pegawai or the head answers;
 * - heads of the units above, the admin OPD of its OPD, BKPSDM, pimpinan and inspektorat read
 *   complaints and IKM without the complainants' personal data;
 * - BKPSDM and the admin OPD set units up; the head also manages the unit's members.
 */
export interface CallerContext {
  auth: AuthContext;
  memberships: Map<string, string>;
  headedUnitIds: Set<string>;
}

export interface UnitRights {
  handling: boolean;
  dispatch: boolean;
  read: boolean;
  edit: boolean;
  manageMembers: boolean;
  isUnitHead: boolean;
}

const INSTANSI_WIDE = ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT'] as const;

export async function loadCallerContext(db: Executor, auth: AuthContext, today: string): Promise<CallerContext> {
  const pegawaiId = auth.account.pegawaiId;
  if (!pegawaiId) return { auth, memberships: new Map(), headedUnitIds: new Set() };
  const [memberships, headed] = await Promise.all([listMembershipsOf(db, pegawaiId), listUnitsHeadedBy(db, pegawaiId, today)]);
  return { auth, memberships: new Map(memberships.map((m) => [m.service_unit_id, m.role])), headedUnitIds: new Set(headed) };
}

export function unitRights(caller: CallerContext, unit: { id: string; instansi_id: string; opd_id: string; unit_id: string; unitPath: string }): UnitRights {
  const { auth } = caller;
  const none = { handling: false, dispatch: false, read: false, edit: false, manageMembers: false, isUnitHead: false };
  if (unit.instansi_id !== auth.account.instansiId) return none;
  const role = caller.memberships.get(unit.id);
  const isUnitHead = caller.headedUnitIds.has(unit.unit_id);
  const headAbove = unit.unitPath.split('.').some((id) => caller.headedUnitIds.has(id));
  const adminOpd = auth.roles.includes('ADMIN_OPD') && auth.adminOpdIds.includes(unit.opd_id);
  const bkpsdm = auth.roles.includes('ADMIN_BKPSDM');
  const handling = role !== undefined || isUnitHead;
  return {
    handling,
    dispatch: isUnitHead || role === 'KOORDINATOR',
    read: handling || headAbove || adminOpd || INSTANSI_WIDE.some((r) => auth.roles.includes(r)),
    edit: bkpsdm || adminOpd,
    manageMembers: bkpsdm || adminOpd || isUnitHead,
    isUnitHead,
  };
}

/** Who may create a service unit under this OPD. */
export const canCreateUnit = (auth: AuthContext, opdId: string) => auth.roles.includes('ADMIN_BKPSDM') || (auth.roles.includes('ADMIN_OPD') && auth.adminOpdIds.includes(opdId));
