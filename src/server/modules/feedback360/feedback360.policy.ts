import type { AuthContext } from '../../platform/auth/sessions';

/** One place in the subject's chain: a pegawai, or an official without a NIP by their account. */
export interface Seat {
  pegawaiId: string | null;
  accountId: string | null;
}

export interface SubjectChain {
  subjectPegawaiId: string;
  atasan: Seat | null;
  penilai: Seat | null;
  atasanPenilai: Seat | null;
}

const holds = (auth: AuthContext, seat: Seat | null): boolean =>
  !!seat && ((seat.pegawaiId !== null && seat.pegawaiId === auth.account.pegawaiId) || (seat.accountId !== null && seat.accountId === auth.account.id));

const isSubject = (auth: AuthContext, c: SubjectChain) => auth.account.pegawaiId === c.subjectPegawaiId;

/** The pejabat penilai alone asks for 360 input: it informs their rating of perilaku (PP 30/2019). */
export const canRequest = (auth: AuthContext, c: SubjectChain) => holds(auth, c.penilai);

const inChain = (auth: AuthContext, c: SubjectChain) => [c.atasan, c.penilai, c.atasanPenilai].some((seat) => holds(auth, seat));

/** The subject, their chain, BKPSDM and the Inspektorat see how many were asked and answered. */
export const canReadSubject = (auth: AuthContext, c: SubjectChain) =>
  isSubject(auth, c) || inChain(auth, c) || auth.roles.includes('ADMIN_BKPSDM') || auth.roles.includes('INSPEKTORAT');

/**
 * The aggregate itself only to those the evaluation is between: the subject, their atasan, penilai
 * and atasan penilai — not BKPSDM, the Inspektorat, an admin OPD or a pimpinan by role alone.
 */
export const canSeeAggregate = (auth: AuthContext, c: SubjectChain) => isSubject(auth, c) || inChain(auth, c);

/**
 * Who was asked (names only; never whether they answered, nor what): the penilai, the atasan
 * penilai and BKPSDM — and never the subject, whatever roles they hold.
 */
export const canSeeRaters = (auth: AuthContext, c: SubjectChain) =>
  !isSubject(auth, c) && (holds(auth, c.penilai) || holds(auth, c.atasanPenilai) || auth.roles.includes('ADMIN_BKPSDM'));
