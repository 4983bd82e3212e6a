import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';

export async function listGoals(db: Executor, f: { instansiId: string; opdIds: string[] | null; year?: number }) {
  let query = db
    .selectFrom('org_goal as g')
    .innerJoin('unit_kerja as o', 'o.id', 'g.opd_id')
    .select((eb) => [
      'g.id',
      'g.opd_id',
      'o.name as opdName',
      'g.year',
      'g.code',
      'g.sasaran',
      'g.indicator',
      'g.satuan',
      'g.target',
      'g.direction',
      'g.baseline',
      eb.selectFrom('rhk as r').select(sql<string>`count(*)`.as('n')).whereRef('r.org_goal_id', '=', 'g.id').as('supportedBy'),
    ])
    .where('g.instansi_id', '=', f.instansiId);
  if (f.opdIds !== null) query = f.opdIds.length ? query.where('g.opd_id', 'in', f.opdIds) : query.where(sql<boolean>`false`);
  if (f.year) query = query.where('g.year', '=', f.year);
  return query.orderBy('o.name').orderBy('g.code').execute();
}

export async function findGoal(db: Executor, id: string) {
  return db.selectFrom('org_goal').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOpd(db: Executor, id: string) {
  return db.selectFrom('unit_kerja').select(['id', 'instansi_id', 'name', 'is_opd']).where('id', '=', id).executeTakeFirst();
}

export interface GoalRow {
  opd_id: string;
  year: number;
  code: string;
  sasaran: string;
  indicator: string;
  satuan: string;
  target: number;
  direction: string;
  baseline: number | null;
}

export async function insertGoal(db: Executor, instansiId: string, row: GoalRow) {
  return (await db.insertInto('org_goal').values({ instansi_id: instansiId, ...row }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateGoal(db: Executor, id: string, row: GoalRow) {
  await db.updateTable('org_goal').set(row).where('id', '=', id).execute();
}

export async function countSupporting(db: Executor, id: string) {
  const row = await db.selectFrom('rhk').select(sql<string>`count(*)`.as('n')).where('org_goal_id', '=', id).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteGoal(db: Executor, id: string) {
  await db.deleteFrom('org_goal').where('id', '=', id).execute();
}

export async function findDuplicateCode(db: Executor, opdId: string, year: number, code: string, exceptId: string | null) {
  let query = db.selectFrom('org_goal').select('id').where('opd_id', '=', opdId).where('year', '=', year).where('code', '=', code);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}
