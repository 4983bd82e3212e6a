import type { Executor } from '../../platform/db/transaction';
import { aggregate360 } from './feedback360-aggregate';
import { listReleasedResponses } from './feedback360.repository';

/**
 * The 360 aggregate of one pegawai over the given periods (one for a periodic evaluation, the
 * year's for the annual one), for the rating screen. Only released answers count, and each
 * period releases them in steps of three colleagues or more, so a year combining a period with a
 * lone rater shows nothing of that rater (ADR 007). Null while nothing is released. The caller
 * shows it only to the pegawai, their penilai and atasan penilai.
 */
export async function aggregate360For(db: Executor, subjectPegawaiId: string, periodIds: readonly string[]) {
  const responses = await listReleasedResponses(db, subjectPegawaiId, periodIds);
  return responses.length > 0 ? aggregate360(responses) : null;
}
