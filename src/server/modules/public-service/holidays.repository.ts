import type { Executor } from '../../platform/db/transaction';

export async function listHolidays(db: Executor, instansiId: string, range?: { from: string; to: string }) {
  let query = db.selectFrom('holiday').select(['date', 'name', 'kind']).where('instansi_id', '=', instansiId);
  if (range) query = query.where('date', '>=', range.from).where('date', '<=', range.to);
  return query.orderBy('date').execute();
}

export async function findHoliday(db: Executor, instansiId: string, date: string) {
  return db.selectFrom('holiday').select(['date', 'name', 'kind']).where('instansi_id', '=', instansiId).where('date', '=', date).executeTakeFirst();
}

export async function upsertHoliday(db: Executor, row: { instansi_id: string; date: string; name: string; kind: string }) {
  await db
    .insertInto('holiday')
    .values(row)
    .onConflict((oc) => oc.columns(['instansi_id', 'date']).doUpdateSet({ name: row.name, kind: row.kind }))
    .execute();
}

export async function deleteHoliday(db: Executor, instansiId: string, date: string) {
  const result = await db.deleteFrom('holiday').where('instansi_id', '=', instansiId).where('date', '=', date).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Adds the days not there yet; a day the instansi already named keeps its name. Returns how many were added. */
export async function insertMissingHolidays(db: Executor, instansiId: string, days: readonly { date: string; name: string; kind: string }[]) {
  if (days.length === 0) return 0;
  const inserted = await db
    .insertInto('holiday')
    .values(days.map((d) => ({ instansi_id: instansiId, ...d })))
    .onConflict((oc) => oc.columns(['instansi_id', 'date']).doNothing())
    .returning('date')
    .execute();
  return inserted.length;
}
