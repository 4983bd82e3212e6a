import type { AuthContext } from '../../platform/auth/sessions';

/** One place in a chain: a pegawai, or an official without a NIP (the Wali Kota) by their account. */
export interface Seat {
  pegawaiId: string | null;
  accountId: string | null;
}

/** Who stands where around one dialogue, from the current penilai chains. */
export interface DialogueParties {
  pegawaiId: string;
  opdId: string | null;
  /** The pegawai's atasan langsung, pejabat penilai and atasan pejabat penilai. */
  chain: Seat[];
  leader: Seat;
  /** The leader's own atasan langsung and pejabat penilai: B.1.8 goes to them (PermenPANRB 6/2022). */
  leaderSuperiors: Seat[];
}

const READ_ALL = ['ADMIN_BKPSDM', 'INSPEKTORAT'] as const;

export const holds = (auth: AuthContext, seat: Seat | null | undefined): boolean =>
  !!seat && ((seat.pegawaiId !== null && seat.pegawaiId === auth.account.pegawaiId) || (seat.accountId !== null && seat.accountId === auth.account.id));

const isPegawai = (auth: AuthContext, pegawaiId: string) => auth.account.pegawaiId === pegawaiId;
const readsAll = (auth: AuthContext) => READ_ALL.some((role) => auth.roles.includes(role));
const adminOf = (auth: AuthContext, opdId: string | null) => auth.roles.includes('ADMIN_OPD') && opdId !== null && auth.adminOpdIds.includes(opdId);

/** Only someone in the pegawai's chain records a dialogue, as its leader. */
export const canRecordFor = (auth: AuthContext, chain: Seat[]) => chain.some((seat) => holds(auth, seat));

/** Whose dialogues a caller may list by pegawai: their own, their chain's people, admins in scope. */
export const canListFor = (auth: AuthContext, pegawaiId: string, opdId: string | null, chain: Seat[]) =>
  isPegawai(auth, pegawaiId) || canRecordFor(auth, chain) || readsAll(auth) || adminOf(auth, opdId);

export function canReadDialogue(auth: AuthContext, d: DialogueParties): boolean {
  return canListFor(auth, d.pegawaiId, d.opdId, d.chain) || holds(auth, d.leader) || d.leaderSuperiors.some((seat) => holds(auth, seat));
}

/**
 * The B.1.8 answers are about the leader's coaching: the pegawai who gave them, the leader's
 * superiors, BKPSDM and the Inspektorat read them; the leader never does, whatever roles they hold.
 */
export function canReadCoachingAnswers(auth: AuthContext, d: DialogueParties): boolean {
  if (holds(auth, d.leader)) return false;
  return isPegawai(auth, d.pegawaiId) || d.leaderSuperiors.some((seat) => holds(auth, seat)) || readsAll(auth);
}

/** The leader and the pegawai follow up the agreed actions. */
export const canUpdateActions = (auth: AuthContext, d: DialogueParties) => isPegawai(auth, d.pegawaiId) || holds(auth, d.leader);

/** Format B.1.8 follows a bimbingan kinerja, filled once by the pegawai coached. */
export const COACHING_KIND = 'BIMBINGAN';
export const canGiveCoachingFeedback = (auth: AuthContext, d: DialogueParties) => isPegawai(auth, d.pegawaiId);

/** The SQL side of `canReadDialogue`, for lists. */
export interface DialogueScope {
  instansiId: string;
  pegawaiId: string | null;
  accountId: string;
  officialId: string | null;
  readAll: boolean;
  opdIds: string[];
}

export const dialogueScopeOf = (auth: AuthContext, officialId: string | null): DialogueScope => ({
  instansiId: auth.account.instansiId,
  pegawaiId: auth.account.pegawaiId,
  accountId: auth.account.id,
  officialId,
  readAll: readsAll(auth),
  opdIds: auth.roles.includes('ADMIN_OPD') ? auth.adminOpdIds : [],
});
