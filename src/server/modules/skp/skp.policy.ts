import type { SkpActor } from '../../../domain/skp-workflow';
import type { AuthContext } from '../../platform/auth/sessions';

/** Who stands where around one SKP, from the pegawai's current penilai chain. */
export interface SkpParticipants {
  ownerPegawaiId: string;
  opdId: string | null;
  atasanPegawaiId: string | null;
  penilaiPegawaiId: string | null;
  atasanPenilaiPegawaiId: string | null;
  /** When the pejabat penilai is an official (the Wali Kota for the Sekda): their account. */
  penilaiOfficialAccountId: string | null;
}

const INSTANSI_WIDE = ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT'] as const;

/** The owner drafts and submits; the pejabat penilai approves or returns (PermenPANRB 6/2022). */
export function skpActorsOf(auth: AuthContext, p: SkpParticipants): Set<SkpActor> {
  const actors = new Set<SkpActor>();
  const me = auth.account.pegawaiId;
  if (me && me === p.ownerPegawaiId) actors.add('owner');
  if ((me && me === p.penilaiPegawaiId) || (p.penilaiOfficialAccountId !== null && p.penilaiOfficialAccountId === auth.account.id)) actors.add('penilai');
  return actors;
}

export function canReadSkp(auth: AuthContext, p: SkpParticipants): boolean {
  const me = auth.account.pegawaiId;
  if (me && [p.ownerPegawaiId, p.atasanPegawaiId, p.penilaiPegawaiId, p.atasanPenilaiPegawaiId].includes(me)) return true;
  if (p.penilaiOfficialAccountId === auth.account.id) return true;
  if (INSTANSI_WIDE.some((role) => auth.roles.includes(role))) return true;
  return auth.roles.includes('ADMIN_OPD') && p.opdId !== null && auth.adminOpdIds.includes(p.opdId);
}

/** The atasan langsung cascades their RHK to the people directly below them. */
export function canCascadeTo(auth: AuthContext, subordinate: { atasanPegawaiId: string | null }): boolean {
  return auth.account.pegawaiId !== null && subordinate.atasanPegawaiId === auth.account.pegawaiId;
}
