import type { OfficialTable } from '../../db/schema';
import type { Executor } from '../../platform/db/transaction';
import * as repo from './official.repository';

/** An official without a NIP (the Wali Kota): a link in chains by id, a seat in workflows by account. */
export interface OfficialView {
  id: string;
  instansiId: string;
  title: OfficialTable['title'];
  name: string;
  /** null until the official is given an account. */
  accountId: string | null;
}

const toView = (r: Awaited<ReturnType<typeof repo.listOfficialsOf>>[number]): OfficialView => ({
  id: r.id,
  instansiId: r.instansi_id,
  title: r.title,
  name: r.name,
  accountId: r.account_id,
});

/** The officials with these ids (the official links of some chains), in one query. */
export async function findOfficials(db: Executor, ids: readonly string[]): Promise<OfficialView[]> {
  return (await repo.findOfficialsByIds(db, ids)).map(toView);
}

/** The official an account signs in as, or null for an account that is none. */
export async function findOfficialOfAccount(db: Executor, accountId: string): Promise<OfficialView | null> {
  const row = await repo.findOfficialByAccount(db, accountId);
  return row ? toView(row) : null;
}

export async function listOfficials(db: Executor, instansiId: string): Promise<OfficialView[]> {
  return (await repo.listOfficialsOf(db, instansiId)).map(toView);
}
