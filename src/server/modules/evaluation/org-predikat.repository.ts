import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';

export interface Target {
  year: number;
  /** null: the annual predikat / evaluation. */
  periodId: string | null;
}

const unitColumns = ['u.id', 'u.instansi_id', 'u.code', 'u.name', 'u.kind', 'u.parent_id', 'u.path'] as const;

export async function findUnit(db: Executor, id: string) {
  return db.selectFrom('unit_kerja as u').select(unitColumns).where('u.id', '=', id).executeTakeFirst();
}
export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

/** The units below `parentId` (or the top-level units), each saying whether it has units below it. */
export async function listChildUnits(db: Executor, instansiId: string, parentIds: readonly string[] | null) {
  let query = db
    .selectFrom('unit_kerja as u')
    .select([...unitColumns, sql<boolean>`exists (select 1 from unit_kerja c where c.parent_id = u.id and c.active)`.as('hasChildren')])
    .where('u.instansi_id', '=', instansiId)
    .where('u.active', '=', true);
  if (parentIds === null) query = query.where('u.parent_id', 'is', null);
  else if (parentIds.length === 0) return [];
  else query = query.where('u.parent_id', 'in', [...parentIds]);
  return query.orderBy('u.name').execute();
}

export async function findUnitsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('unit_kerja as u').select(unitColumns).where('u.id', 'in', [...ids]).execute();
}

/** Every organisation predikat of one target in the instansi: at most one row per unit. */
export async function listOrgPredikat(db: Executor, instansiId: string, target: Target) {
  const query = db
    .selectFrom('org_predikat as o')
    .innerJoin('account as a', 'a.id', 'o.set_by')
    .select(['o.id', 'o.unit_id', 'o.predikat', 'o.reason', 'o.set_at', 'a.name as setByName'])
    .where('o.instansi_id', '=', instansiId)
    .where('o.year', '=', target.year);
  return (target.periodId === null ? query.where('o.period_id', 'is', null) : query.where('o.period_id', '=', target.periodId)).execute();
}
export type OrgPredikatRow = Awaited<ReturnType<typeof listOrgPredikat>>[number];

export async function saveOrgPredikat(db: Executor, row: { instansiId: string; unitId: string; target: Target; predikat: string; reason: string; setBy: string; at: Date }) {
  const existing = await db
    .selectFrom('org_predikat')
    .select(['id', 'predikat', 'reason'])
    .where('unit_id', '=', row.unitId)
    .where('year', '=', row.target.year)
    .where((eb) => (row.target.periodId === null ? eb('period_id', 'is', null) : eb('period_id', '=', row.target.periodId)))
    .executeTakeFirst();
  const fields = { predikat: row.predikat, reason: row.reason, set_by: row.setBy, set_at: row.at };
  if (existing) await db.updateTable('org_predikat').set(fields).where('id', '=', existing.id).execute();
  else await db.insertInto('org_predikat').values({ instansi_id: row.instansiId, unit_id: row.unitId, year: row.target.year, period_id: row.target.periodId, ...fields }).execute();
  return existing ?? null;
}

/**
 * Finalised evaluations of the target that rest on the predikat of `unit`: their curve came from
 * it (curve_unit_id is the unit whose predikat was used, inherited or not), or their head leads it
 * (a head's rating follows their own unit only). A unit below with its own predikat rests on that.
 */
export async function countFinalisedResting(db: Executor, unit: { id: string; path: string }, target: Target) {
  const below = (column: 'e.curve_unit_id' | 'e.head_unit_id') => sql<boolean>`${sql.ref(column)} = ${unit.id}`;
  const row = await db
    .selectFrom('evaluation as e')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('e.year', '=', target.year)
    .where((eb) => (target.periodId === null ? eb('e.kind', '=', 'TAHUNAN') : eb('e.period_id', '=', target.periodId)))
    .where('e.status', 'not in', ['DRAFT', 'DINILAI'])
    .where((eb) => eb.or([below('e.curve_unit_id'), below('e.head_unit_id')]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
