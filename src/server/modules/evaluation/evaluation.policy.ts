import type { EvaluationActor } from '../../../domain/evaluation-workflow';
import type { AuthContext } from '../../platform/auth/sessions';

/** Where a person sits around an evaluation: a pegawai, or an official's account (the Wali Kota). */
export interface Seat {
  pegawaiId: string | null;
  accountId: string | null;
  /** The official's name when the seat is an official's. */
  officialName: string | null;
}

export interface Seats {
  penilai: Seat | null;
  atasanPenilai: Seat | null;
}

const INSTANSI_WIDE = ['ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT'] as const;

export function holds(auth: AuthContext, seat: Seat | null): boolean {
  if (!seat) return false;
  return (seat.pegawaiId !== null && seat.pegawaiId === auth.account.pegawaiId) || (seat.accountId !== null && seat.accountId === auth.account.id);
}

/** The pegawai reflects, accepts or objects; the pejabat penilai rates; the atasan pejabat penilai decides a keberatan. */
export function evaluationActorsOf(auth: AuthContext, ownerPegawaiId: string, seats: Seats): Set<EvaluationActor> {
  const actors = new Set<EvaluationActor>();
  if (auth.account.pegawaiId === ownerPegawaiId) actors.add('owner');
  if (holds(auth, seats.penilai)) actors.add('penilai');
  if (holds(auth, seats.atasanPenilai)) actors.add('atasanPenilai');
  return actors;
}

export const isInstansiWide = (auth: AuthContext) => INSTANSI_WIDE.some((role) => auth.roles.includes(role));

/** A group's calibration: its penilai, and those who see the whole instansi. */
export const canReadGroup = (auth: AuthContext, penilai: Seat) => holds(auth, penilai) || isInstansiWide(auth);

/**
 * The organisation predikat of a unit is set by the leader of an organisation above it (SE 3/2023:
 * "pimpinan organisasi di atasnya") — the head of any unit above it, or the city's pimpinan — and
 * by BKPSDM recording a decision made elsewhere. Never by the unit's own head.
 */
export function canSetOrgPredikat(auth: AuthContext, unit: { id: string; path: string }, headedUnitIds: readonly string[]): boolean {
  if (auth.roles.includes('ADMIN_BKPSDM')) return true;
  if (headedUnitIds.includes(unit.id)) return false;
  if (auth.roles.includes('PIMPINAN')) return true;
  const above = unit.path.split('.').filter((id) => id !== '' && id !== unit.id);
  return above.some((id) => headedUnitIds.includes(id));
}

/** Overview of every group: those who see the instansi, and an admin OPD for their OPDs. */
export const canReadOverview = (auth: AuthContext) => isInstansiWide(auth) || auth.roles.includes('ADMIN_OPD');
