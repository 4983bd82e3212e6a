import { refreshPenilaiChains, refreshUnitTree } from '../modules/organisation';
import { todayInSolok } from '../platform/calendar';
import { systemClock, type Clock } from '../platform/clock';
import type { Db } from '../platform/db/database';
import { inTransaction } from '../platform/db/transaction';
import { listInstansiIds } from '../platform/instansi.repository';

/** Derived organisation data (unit paths, penilai chains) as of today, for the given instansi (default all). */
export async function refreshOrganisation(db: Db, clock: Clock = systemClock, instansiIds?: string[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const id of instansiIds ?? (await listInstansiIds(trx))) {
      await refreshUnitTree(trx, id);
      await refreshPenilaiChains(trx, id, todayInSolok(clock));
    }
  });
}
