import type { AuthContext } from '../../platform/auth/sessions';
import type { ReadableSkp } from '../skp';
import type { PeriodRow, SubmissionRow } from './realisation.repository';

/** What the caller may do with one SKP's realisation in one period. */
export interface RealisationRights {
  /** The owner enters values, uploads and removes bukti dukung, submits. */
  edit: boolean;
  /** The atasan langsung or pejabat penilai accepts or rejects bukti dukung. */
  review: boolean;
  /** The atasan langsung or pejabat penilai writes umpan balik per RHK row and per core value. */
  giveFeedback: boolean;
  /** The pejabat penilai reopens a submitted period, with a reason. */
  reopen: boolean;
  /** Why `edit` is false for the owner, to say so instead of a bare 403. */
  lockedReason: string | null;
}

export const RATED_LOCK = 'Periode ini sudah dinilai pejabat penilai; realisasinya terkunci dan tidak dapat dibuka kembali.';

/** The pejabat penilai of this SKP (a pegawai, or an official such as the Wali Kota). */
export function isPenilai(auth: AuthContext, readable: ReadableSkp): boolean {
  const me = auth.account.pegawaiId;
  const p = readable.participants;
  return (me !== null && me === p.penilaiPegawaiId) || (p.penilaiOfficialAccountId !== null && p.penilaiOfficialAccountId === auth.account.id);
}

export function isReviewer(auth: AuthContext, readable: ReadableSkp): boolean {
  const me = auth.account.pegawaiId;
  const p = readable.participants;
  return (me !== null && (me === p.atasanPegawaiId || me === p.penilaiPegawaiId)) || (p.penilaiOfficialAccountId !== null && p.penilaiOfficialAccountId === auth.account.id);
}

/**
 * Realisation is recorded against an approved plan (an SKP under revision keeps its approved
 * indicators), while the period and its year are open, only for periods the SKP was valid in (a
 * transfer ends the SKP; the new post's SKP takes the later periods), and until the period is
 * submitted: then it is locked until the penilai reopens it (issue #16 point 12). Once an evaluation
 * covering the period is rated (`rated`), it is locked for good, submitted or not, and not reopened.
 */
export function realisationRights(auth: AuthContext, readable: ReadableSkp, period: PeriodRow, submission: Pick<SubmissionRow, 'reopened_at'> | undefined, rated: boolean): RealisationRights {
  const { skp, actors } = readable;
  const planApproved = skp.status === 'DISETUJUI' || skp.revision > 1;
  const withinValidity = period.ends_on >= skp.valid_from && (skp.valid_to === null || period.starts_on <= skp.valid_to);
  const open = period.status === 'OPEN' && period.yearStatus === 'OPEN';
  const submitted = submission !== undefined && submission.reopened_at === null;
  const lockedReason = !planApproved
    ? 'SKP belum disetujui pejabat penilai.'
    : !withinValidity
      ? 'Periode ini di luar masa berlaku SKP ini.'
      : !open
        ? 'Periode ini sudah ditutup BKPSDM.'
        : rated
          ? RATED_LOCK
          : submitted
          ? 'Realisasi periode ini sudah dikirim dan terkunci; hanya pejabat penilai yang dapat membukanya kembali.'
          : null;
  const reviewer = isReviewer(auth, readable);
  return {
    edit: actors.has('owner') && lockedReason === null,
    review: reviewer && open,
    giveFeedback: reviewer,
    reopen: submitted && !rated && open && withinValidity && isPenilai(auth, readable),
    lockedReason: actors.has('owner') ? lockedReason : null,
  };
}
