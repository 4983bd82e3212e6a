import type { Executor } from './db/transaction';

export async function listInstansiIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('instansi').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}
