import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import type { Executor } from '../../platform/db/transaction';

export interface AccountListFilter {
  instansiId: string;
  q?: string;
  role?: string;
  after: [name: string, id: string] | null;
  limit: number;
}

/** The account's roles as one array column (empty, not null, when it has none). */
const rolesOf = (eb: ExpressionBuilder<Database & { a: Database['account'] }, 'a'>) =>
  eb
    .selectFrom('account_role as r')
    .whereRef('r.account_id', '=', 'a.id')
    .select(sql<string[]>`coalesce(array_agg(r.role order by r.role), '{}')`.as('roles'))
    .as('roles');

/** The OPD an ADMIN_OPD role administers, as `id` and `name` columns. */
const adminOpdOf = (eb: ExpressionBuilder<Database & { a: Database['account'] }, 'a'>, column: 'id' | 'name') =>
  eb
    .selectFrom('account_role as r')
    .innerJoin('unit_kerja as o', 'o.id', 'r.opd_id')
    .whereRef('r.account_id', '=', 'a.id')
    .where('r.role', '=', 'ADMIN_OPD')
    .select(`o.${column}`)
    .limit(1)
    .as(column === 'id' ? 'adminOpdId' : 'adminOpdName');

/** One query per page: roles come aggregated, never fetched per row. */
export async function listAccounts(db: Executor, f: AccountListFilter) {
  let query = db
    .selectFrom('account as a')
    .select((eb) => ['a.id', 'a.login', 'a.name', 'a.locked_until as lockedUntil', 'a.must_change_password as mustChangePassword', 'a.pegawai_id as pegawaiId', rolesOf(eb), adminOpdOf(eb, 'id'), adminOpdOf(eb, 'name')])
    .where('a.instansi_id', '=', f.instansiId)
    .where('a.active', '=', true);
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('a.name', 'ilike', pattern), eb('a.login', 'ilike', pattern)]));
  }
  if (f.role) {
    const role = f.role;
    query = query.where((eb) => eb.exists(eb.selectFrom('account_role as fr').whereRef('fr.account_id', '=', 'a.id').where('fr.role', '=', role)));
  }
  if (f.after) {
    const [name, id] = f.after;
    // A row comparison is an index condition on (name, id); the or-form would scan from the start.
    query = query.where(sql<boolean>`(a.name, a.id) > (${name}, ${id}::bigint)`);
  }
  return query.orderBy('a.name').orderBy('a.id').limit(f.limit + 1).execute();
}

export async function findAccount(db: Executor, id: string) {
  return db
    .selectFrom('account as a')
    .select((eb) => ['a.id', 'a.instansi_id as instansiId', 'a.login', 'a.name', 'a.locked_until as lockedUntil', 'a.must_change_password as mustChangePassword', 'a.pegawai_id as pegawaiId', rolesOf(eb), adminOpdOf(eb, 'id'), adminOpdOf(eb, 'name')])
    .where('a.id', '=', id)
    .where('a.active', '=', true)
    .executeTakeFirst();
}

/** Grants the role (or moves an ADMIN_OPD to another OPD); false when nothing changed. */
export async function upsertRole(db: Executor, accountId: string, role: string, opdId: string | null, at: Date, by: string) {
  const result = await db
    .insertInto('account_role')
    .values({ account_id: accountId, role, opd_id: opdId, granted_at: at, granted_by: by })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'role'])
        .doUpdateSet({ opd_id: opdId, granted_at: at, granted_by: by })
        .where('account_role.opd_id', 'is distinct from', opdId),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function findOpd(db: Executor, opdId: string) {
  return db.selectFrom('unit_kerja').select(['id', 'instansi_id', 'name']).where('id', '=', opdId).where('is_opd', '=', true).executeTakeFirst();
}

export async function deleteRole(db: Executor, accountId: string, role: string) {
  const result = await db.deleteFrom('account_role').where('account_id', '=', accountId).where('role', '=', role).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteSessionsOf(db: Executor, accountId: string) {
  await db.deleteFrom('session').where('account_id', '=', accountId).execute();
}

/** Also lifts a lockout: the owner is about to sign in with the new password. */
export async function setTemporaryPassword(db: Executor, accountId: string, passwordHash: string) {
  await db
    .updateTable('account')
    .set({ password_hash: passwordHash, must_change_password: true, failed_login_count: 0, locked_until: null })
    .where('id', '=', accountId)
    .execute();
}
