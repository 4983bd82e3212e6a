import type { PeriodPlan } from '../../../domain/periods';
import type { Executor } from '../../platform/db/transaction';

export async function listYears(db: Executor, instansiId: string) {
  const years = await db.selectFrom('performance_year').selectAll().where('instansi_id', '=', instansiId).orderBy('year', 'desc').execute();
  const periods = years.length
    ? await db.selectFrom('period').selectAll().where('year_id', 'in', years.map((y) => y.id)).orderBy('seq').execute()
    : [];
  return { years, periods };
}

export async function findYear(db: Executor, instansiId: string, year: number) {
  return db.selectFrom('performance_year').selectAll().where('instansi_id', '=', instansiId).where('year', '=', year).executeTakeFirst();
}

export async function findYearById(db: Executor, id: string) {
  return db.selectFrom('performance_year').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertYear(db: Executor, row: { instansiId: string; year: number; granularity: string; planningCloses: string | null }, periods: PeriodPlan[]) {
  const year = await db
    .insertInto('performance_year')
    .values({ instansi_id: row.instansiId, year: row.year, granularity: row.granularity, planning_closes: row.planningCloses })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('period')
    .values(periods.map((p) => ({ year_id: year.id, seq: p.seq, name: p.name, starts_on: p.startsOn, ends_on: p.endsOn, realisation_closes: p.realisationCloses, evaluation_closes: p.evaluationCloses })))
    .execute();
  return year.id;
}

export async function setYearStatus(db: Executor, id: string, status: 'OPEN' | 'CLOSED') {
  await db.updateTable('performance_year').set({ status }).where('id', '=', id).execute();
}

export async function findPeriod(db: Executor, id: string) {
  return db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select(['p.id', 'p.name', 'p.status', 'y.instansi_id', 'y.year'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function setPeriodStatus(db: Executor, id: string, status: 'OPEN' | 'CLOSED') {
  await db.updateTable('period').set({ status }).where('id', '=', id).execute();
}

/** The periods of an instansi's performance year, in order, with the year and its status. */
export async function listPeriodsOfYear(db: Executor, instansiId: string, year: number) {
  return db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select(['p.id', 'p.seq', 'p.name', 'p.starts_on', 'p.ends_on', 'p.realisation_closes', 'p.evaluation_closes', 'p.status', 'y.year', 'y.status as yearStatus'])
    .where('y.instansi_id', '=', instansiId)
    .where('y.year', '=', year)
    .orderBy('p.seq')
    .execute();
}
