import type { Executor } from '../db/transaction';

export async function findSettingRows(db: Executor, instansiId: string) {
  return db.selectFrom('setting').select(['key', 'value']).where('instansi_id', '=', instansiId).execute();
}

export async function upsertSetting(db: Executor, row: { instansiId: string; key: string; value: unknown; at: Date; by: string | null }) {
  const value = JSON.stringify(row.value);
  await db
    .insertInto('setting')
    .values({ instansi_id: row.instansiId, key: row.key, value, updated_at: row.at, updated_by: row.by })
    .onConflict((oc) => oc.columns(['instansi_id', 'key']).doUpdateSet({ value, updated_at: row.at, updated_by: row.by }))
    .execute();
}
