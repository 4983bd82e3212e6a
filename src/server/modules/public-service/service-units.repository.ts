import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';

const unitColumns = ['s.id', 's.instansi_id', 's.opd_id', 's.unit_id', 's.name', 's.slug', 's.address', 's.active', 'u.name as unitName', 'u.path as unitPath', 'o.name as opdName'] as const;

function baseQuery(db: Executor) {
  return db.selectFrom('service_unit as s').innerJoin('unit_kerja as u', 'u.id', 's.unit_id').innerJoin('unit_kerja as o', 'o.id', 's.opd_id').select(unitColumns);
}

export async function findServiceUnit(db: Executor, id: string) {
  return baseQuery(db).where('s.id', '=', id).executeTakeFirst();
}
export type ServiceUnitRow = NonNullable<Awaited<ReturnType<typeof findServiceUnit>>>;

export async function findServiceUnitNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('service_unit').select(['id', 'name', 'instansi_id']).where('id', 'in', ids).execute();
}

export async function findServiceUnitBySlug(db: Executor, slug: string) {
  return baseQuery(db).where('s.slug', '=', slug).where('s.active', '=', true).executeTakeFirst();
}

export async function listServiceUnits(db: Executor, filter: { instansiId: string; opdId?: string; activeOnly?: boolean }) {
  let query = baseQuery(db).where('s.instansi_id', '=', filter.instansiId);
  if (filter.opdId) query = query.where('s.opd_id', '=', filter.opdId);
  if (filter.activeOnly) query = query.where('s.active', '=', true);
  return query.orderBy('o.name').orderBy('s.name').execute();
}

/** Open and overdue complaints per unit, one grouped query. */
export async function countOpenComplaints(db: Executor, unitIds: readonly string[], now: Date) {
  if (unitIds.length === 0) return new Map<string, { open: number; overdue: number }>();
  const rows = await db
    .selectFrom('complaint')
    .select((eb) => [
      'service_unit_id',
      eb.fn.countAll<string>().as('open'),
      sql<string>`count(*) filter (where resolution_due_at < ${now} or (first_response_at is null and first_response_due_at < ${now}))`.as('overdue'),
    ])
    .where('service_unit_id', 'in', unitIds)
    .where('status', 'not in', ['SELESAI', 'DITOLAK'])
    .groupBy('service_unit_id')
    .execute();
  return new Map(rows.map((r) => [r.service_unit_id, { open: Number(r.open), overdue: Number(r.overdue) }]));
}

export async function findInstansi(db: Executor, id: string) {
  return db.selectFrom('instansi').select(['id', 'code', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function findInstansiByCode(db: Executor, code: string) {
  return db.selectFrom('instansi').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();
}

export async function findUnitKerja(db: Executor, unitId: string) {
  return db.selectFrom('unit_kerja').select(['id', 'instansi_id', 'opd_id', 'name', 'active']).where('id', '=', unitId).executeTakeFirst();
}

export async function findSlugOwner(db: Executor, slug: string) {
  return (await db.selectFrom('service_unit').select('id').where('slug', '=', slug).executeTakeFirst())?.id ?? null;
}

export async function insertServiceUnit(db: Executor, row: { instansi_id: string; opd_id: string; unit_id: string; name: string; slug: string; address: string | null }) {
  return (await db.insertInto('service_unit').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateServiceUnit(db: Executor, id: string, fields: { name?: string; slug?: string; address?: string | null; active?: boolean }) {
  if (Object.keys(fields).length === 0) return;
  await db.updateTable('service_unit').set(fields).where('id', '=', id).execute();
}

export async function listMembers(db: Executor, serviceUnitIds: readonly string[]) {
  if (serviceUnitIds.length === 0) return [];
  return db
    .selectFrom('service_unit_member as m')
    .innerJoin('pegawai as p', 'p.id', 'm.pegawai_id')
    .select(['m.service_unit_id', 'm.pegawai_id', 'm.role', 'p.name', 'p.nip'])
    .where('m.service_unit_id', 'in', serviceUnitIds)
    .orderBy('p.name')
    .execute();
}

export async function replaceMembers(db: Executor, serviceUnitId: string, members: readonly { pegawaiId: string; role: string }[]) {
  await db.deleteFrom('service_unit_member').where('service_unit_id', '=', serviceUnitId).execute();
  if (members.length > 0) {
    await db
      .insertInto('service_unit_member')
      .values(members.map((m) => ({ service_unit_id: serviceUnitId, pegawai_id: m.pegawaiId, role: m.role })))
      .execute();
  }
}

/** The pegawai among these who are active in the instansi. */
export async function findActivePegawai(db: Executor, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('pegawai').select(['id', 'name', 'nip']).where('instansi_id', '=', instansiId).where('active', '=', true).where('id', 'in', ids).execute();
}

/** The caller's memberships: which service units, in which role. */
export async function listMembershipsOf(db: Executor, pegawaiId: string) {
  return db.selectFrom('service_unit_member').select(['service_unit_id', 'role']).where('pegawai_id', '=', pegawaiId).execute();
}

/**
 * The head of each of these unit kerja on `date`, or, when the post is empty, of the nearest unit
 * above it that has one; a definitive holder wins over a Plt. Keyed by the unit asked for.
 */
export async function findHeads(db: Executor, units: readonly { id: string; path: string }[], date: string) {
  const ancestorIds = [...new Set(units.flatMap((u) => u.path.split('.').filter(Boolean)))];
  const heads = new Map<string, { pegawaiId: string; name: string; nip: string; acting: boolean }>();
  if (ancestorIds.length === 0) return heads;
  const holders = await db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .innerJoin('pegawai as p', 'p.id', 'pn.pegawai_id')
    .select(['j.unit_id', 'p.id as pegawaiId', 'p.name', 'p.nip', 'pn.acting'])
    .where('j.unit_id', 'in', ancestorIds)
    .where('j.is_head', '=', true)
    .where('p.active', '=', true)
    .where('pn.valid_from', '<=', date)
    .where((eb) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)]))
    .orderBy('pn.acting')
    .execute();
  const byUnit = new Map<string, (typeof holders)[number]>();
  for (const h of holders) if (!byUnit.has(h.unit_id)) byUnit.set(h.unit_id, h);
  for (const unit of units) {
    const nearest = unit.path.split('.').filter(Boolean).reverse().map((id) => byUnit.get(id)).find((h) => h !== undefined);
    if (nearest) heads.set(unit.id, { pegawaiId: nearest.pegawaiId, name: nearest.name, nip: nearest.nip, acting: nearest.acting });
  }
  return heads;
}
