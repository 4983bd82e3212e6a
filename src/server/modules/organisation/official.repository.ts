import type { Executor } from '../../platform/db/transaction';

const columns = ['id', 'instansi_id', 'title', 'name', 'account_id'] as const;

export async function findOfficialsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('official').select(columns).where('id', 'in', [...new Set(ids)]).execute();
}

export async function findOfficialByAccount(db: Executor, accountId: string) {
  return db.selectFrom('official').select(columns).where('account_id', '=', accountId).executeTakeFirst();
}

export async function listOfficialsOf(db: Executor, instansiId: string) {
  return db.selectFrom('official').select(columns).where('instansi_id', '=', instansiId).orderBy('id').execute();
}
