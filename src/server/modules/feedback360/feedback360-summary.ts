import type { Executor } from '../../platform/db/transaction';
import { aggregate360, isReleasable } from './feedback360-aggregate';
import { listResponses } from './feedback360.repository';

/**
 * The 360 aggregate of one pegawai over the given periods (one for a periodic evaluation, the
 * year's for the annual one), for the penilai's rating screen. Null under the anonymity threshold,
 * exactly as the 360 screen itself shows it.
 */
export async function aggregate360For(db: Executor, subjectPegawaiId: string, periodIds: readonly string[]) {
  const responses = await listResponses(db, subjectPegawaiId, periodIds);
  return isReleasable(responses) ? aggregate360(responses) : null;
}
