import { sql } from 'kysely';
import { onCurrentPlacement, storedChains } from '../organisation';
import type { Executor } from '../../platform/db/transaction';

export async function findSkp(db: Executor, id: string) {
  return db
    .selectFrom('skp as s')
    .innerJoin('jabatan as j', 'j.id', 's.jabatan_id')
    .select(['s.id', 's.instansi_id', 's.pegawai_id', 's.year', 's.jabatan_id', 's.opd_id', 's.pendekatan', 's.status', 's.revision', 's.valid_from', 's.valid_to', 's.return_note', 's.submitted_at', 's.decided_at', 's.lampiran_sumber_daya', 's.lampiran_skema', 's.lampiran_konsekuensi', 'j.jenis as jabatanJenis'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export type SkpRow = NonNullable<Awaited<ReturnType<typeof findSkp>>>;

export async function findRunningSkp(db: Executor, pegawaiId: string, year: number) {
  return db.selectFrom('skp').select(['id', 'status', 'revision']).where('pegawai_id', '=', pegawaiId).where('year', '=', year).where('valid_to', 'is', null).executeTakeFirst();
}

export async function findCurrentPost(db: Executor, pegawaiId: string, date: string) {
  return db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .innerJoin('pegawai as p', 'p.id', 'pn.pegawai_id')
    .select(['j.id as jabatanId', 'j.jenis', 'u.opd_id', 'p.instansi_id', 'pn.valid_from as heldSince'])
    .where('pn.pegawai_id', '=', pegawaiId)
    .where('pn.acting', '=', false)
    .where('pn.valid_from', '<=', date)
    .where((eb) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)]))
    .executeTakeFirst();
}

export async function insertSkp(db: Executor, row: { instansiId: string; pegawaiId: string; year: number; jabatanId: string; opdId: string | null; pendekatan: string; validFrom: string }, coreValues: string[]) {
  const skp = await db
    .insertInto('skp')
    .values({ instansi_id: row.instansiId, pegawai_id: row.pegawaiId, year: row.year, jabatan_id: row.jabatanId, opd_id: row.opdId, pendekatan: row.pendekatan, valid_from: row.validFrom })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('skp_perilaku').values(coreValues.map((code) => ({ skp_id: skp.id, core_value: code }))).execute();
  return skp.id;
}

export async function updateSkpFields(db: Executor, id: string, fields: Partial<{ pendekatan: string; lampiran_sumber_daya: string; lampiran_skema: string; lampiran_konsekuensi: string }>, at: Date) {
  await db.updateTable('skp').set({ ...fields, updated_at: at }).where('id', '=', id).execute();
}

export async function setSkpStatus(
  db: Executor,
  id: string,
  fields: { status: string; revision?: number; return_note?: string | null; submitted_at?: Date | null; decided_at?: Date | null; decided_by?: string | null },
  at: Date,
) {
  await db.updateTable('skp').set({ ...fields, updated_at: at }).where('id', '=', id).execute();
}

export async function listRhk(db: Executor, skpIds: string[]) {
  if (skpIds.length === 0) return [];
  return db
    .selectFrom('rhk as r')
    .leftJoin('rhk as parent', 'parent.id', 'r.parent_rhk_id')
    .leftJoin('skp as ps', 'ps.id', 'parent.skp_id')
    .leftJoin('pegawai as pp', 'pp.id', 'ps.pegawai_id')
    .leftJoin('org_goal as g', 'g.id', 'r.org_goal_id')
    .select(['r.id', 'r.skp_id', 'r.jenis', 'r.text', 'r.position', 'r.parent_rhk_id', 'parent.text as parentText', 'pp.name as parentOwner', 'r.org_goal_id', 'g.code as goalCode', 'g.indicator as goalIndicator'])
    .where('r.skp_id', 'in', skpIds)
    .orderBy('r.skp_id')
    .orderBy(sql`case when r.jenis = 'UTAMA' then 0 else 1 end`)
    .orderBy('r.position')
    .execute();
}

export async function listIki(db: Executor, rhkIds: string[]) {
  if (rhkIds.length === 0) return [];
  return db.selectFrom('iki').selectAll().where('rhk_id', 'in', rhkIds).orderBy('rhk_id').orderBy('position').execute();
}

export async function listPerilaku(db: Executor, skpId: string) {
  return db.selectFrom('skp_perilaku').select(['core_value', 'ekspektasi']).where('skp_id', '=', skpId).execute();
}

export async function setPerilaku(db: Executor, skpId: string, code: string, ekspektasi: string) {
  await db
    .insertInto('skp_perilaku')
    .values({ skp_id: skpId, core_value: code, ekspektasi })
    .onConflict((oc) => oc.columns(['skp_id', 'core_value']).doUpdateSet({ ekspektasi }))
    .execute();
}

export async function listRevisions(db: Executor, skpId: string) {
  return db.selectFrom('skp_revision').select(['revision', 'approved_at', 'approved_by', 'snapshot']).where('skp_id', '=', skpId).orderBy('revision').execute();
}

export async function insertRevision(db: Executor, row: { skpId: string; revision: number; approvedAt: Date; approvedBy: string; snapshot: unknown }) {
  await db.insertInto('skp_revision').values({ skp_id: row.skpId, revision: row.revision, approved_at: row.approvedAt, approved_by: row.approvedBy, snapshot: JSON.stringify(row.snapshot) }).execute();
}

export async function latestApprovedSnapshot(db: Executor, skpId: string) {
  return db.selectFrom('skp_revision').select(['revision', 'snapshot']).where('skp_id', '=', skpId).orderBy('revision', 'desc').limit(1).executeTakeFirst();
}

export async function nextRhkPosition(db: Executor, skpId: string) {
  const row = await db.selectFrom('rhk').select(sql<number>`coalesce(max(position), 0) + 1`.as('next')).where('skp_id', '=', skpId).executeTakeFirstOrThrow();
  return Number(row.next);
}

export interface RhkRow {
  jenis: string;
  text: string;
  parent_rhk_id: string | null;
  org_goal_id: string | null;
}

export interface IkiRow {
  aspek: string;
  indicator: string;
  target_value: number | null;
  target_text: string | null;
  satuan: string | null;
  direction: string;
  baseline: number | null;
  perspektif: string | null;
  accumulation: string | null;
  /** Service-fed IKI; left undefined, an update keeps what the IKI had. */
  source_kind?: string | null;
  source_unit_id?: string | null;
}

export async function insertRhk(db: Executor, skpId: string, rhk: RhkRow, position: number, iki: IkiRow[]) {
  const created = await db.insertInto('rhk').values({ skp_id: skpId, ...rhk, position }).returning('id').executeTakeFirstOrThrow();
  // A cascaded RHK arrives without indicators: its owner adds them before submitting.
  if (iki.length > 0) await db.insertInto('iki').values(iki.map((row, index) => ({ rhk_id: created.id, ...row, position: index + 1 }))).execute();
  return created.id;
}

/**
 * Updates the RHK and its indicators in place, position by position, so an IKI keeps its id — and
 * with it the realisation and bukti dukung recorded against it — through a revision.
 */
export async function replaceRhk(db: Executor, rhkId: string, rhk: RhkRow, iki: IkiRow[]) {
  await db.updateTable('rhk').set(rhk).where('id', '=', rhkId).execute();
  const existing = await db.selectFrom('iki').select(['id', 'position']).where('rhk_id', '=', rhkId).orderBy('position').execute();
  for (const [index, row] of iki.entries()) {
    const current = existing[index];
    if (current) await db.updateTable('iki').set({ ...row, position: index + 1 }).where('id', '=', current.id).execute();
    else await db.insertInto('iki').values({ rhk_id: rhkId, ...row, position: index + 1 }).execute();
  }
  const surplus = existing.slice(iki.length).map((r) => r.id);
  if (surplus.length > 0) await db.deleteFrom('iki').where('id', 'in', surplus).execute();
}

/** How many indicators among these (or of these RHK) already carry realisation or bukti dukung. */
export async function countRecordedWork(db: Executor, where: { ikiIds: string[] } | { rhkId: string }) {
  const ikiIds =
    'ikiIds' in where ? where.ikiIds : (await db.selectFrom('iki').select('id').where('rhk_id', '=', where.rhkId).execute()).map((r) => r.id);
  if (ikiIds.length === 0) return 0;
  const row = await db
    .selectFrom('iki as i')
    .select(sql<string>`count(*)`.as('n'))
    .where('i.id', 'in', ikiIds)
    .where((eb) => eb.or([eb.exists(eb.selectFrom('realisation as r').select('r.id').whereRef('r.iki_id', '=', 'i.id')), eb.exists(eb.selectFrom('evidence as e').select('e.id').whereRef('e.iki_id', '=', 'i.id'))]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listIkiOf(db: Executor, rhkId: string) {
  return db.selectFrom('iki').select(['id', 'accumulation']).where('rhk_id', '=', rhkId).orderBy('position').execute();
}

export async function findRhk(db: Executor, rhkId: string) {
  return db.selectFrom('rhk').select(['id', 'skp_id', 'text', 'jenis', 'parent_rhk_id', 'org_goal_id']).where('id', '=', rhkId).executeTakeFirst();
}

export async function countChildren(db: Executor, rhkId: string) {
  const row = await db.selectFrom('rhk').select(sql<string>`count(*)`.as('n')).where('parent_rhk_id', '=', rhkId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteRhk(db: Executor, rhkId: string) {
  await db.deleteFrom('rhk').where('id', '=', rhkId).execute();
}

export async function listGoalsOf(db: Executor, opdId: string, year: number) {
  return db.selectFrom('org_goal').select(['id', 'code', 'indicator', 'sasaran']).where('opd_id', '=', opdId).where('year', '=', year).orderBy('code').execute();
}

/** Ends the running SKP of a pegawai the day before `date` (mutasi); returns the ended SKP ids. */
export async function endRunningSkp(db: Executor, pegawaiId: string, date: string, reason: string) {
  return db
    .updateTable('skp')
    .set({ valid_to: sql<string>`${date}::date - 1`, ended_reason: reason })
    .where('pegawai_id', '=', pegawaiId)
    .where('valid_to', 'is', null)
    .where('valid_from', '<', date)
    .returning(['id', 'year'])
    .execute();
}

export async function findInstansiName(db: Executor, instansiId: string) {
  return (await db.selectFrom('instansi').select('name').where('id', '=', instansiId).executeTakeFirstOrThrow()).name;
}

/** The people whose atasan langsung is `pegawaiId`, with their running SKP for the year. */
export async function listDirectReports(db: Executor, pegawaiId: string, year: number, date: string) {
  return db
    .selectFrom(storedChains(db).as('c'))
    .innerJoin('pegawai as p', 'p.id', 'c.pegawai_id')
    .leftJoin('skp as s', (join) => join.onRef('s.pegawai_id', '=', 'p.id').on('s.year', '=', year).on('s.valid_to', 'is', null))
    .leftJoin('penempatan as pn', onCurrentPlacement(date))
    .leftJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .select(['p.id as pegawaiId', 'p.name', 'j.name as jabatan', 's.id as skpId', 's.status as skpStatus'])
    .where('c.atasan_pegawai_id', '=', pegawaiId)
    .orderBy('p.name')
    .execute();
}

/** Which of `parentIds` each SKP's RHK already intervene. */
export async function listLinks(db: Executor, skpIds: string[], parentIds: string[]) {
  if (skpIds.length === 0 || parentIds.length === 0) return [];
  return db.selectFrom('rhk').select(['skp_id', 'parent_rhk_id']).where('skp_id', 'in', skpIds).where('parent_rhk_id', 'in', parentIds).execute();
}

export async function findPerformanceYear(db: Executor, instansiId: string, year: number) {
  return db.selectFrom('performance_year').select(['id', 'status']).where('instansi_id', '=', instansiId).where('year', '=', year).executeTakeFirst();
}

export async function findLastEndedSkpEnd(db: Executor, pegawaiId: string, year: number) {
  const row = await db.selectFrom('skp').select('valid_to').where('pegawai_id', '=', pegawaiId).where('year', '=', year).where('valid_to', 'is not', null).orderBy('valid_to', 'desc').limit(1).executeTakeFirst();
  return row?.valid_to ?? null;
}

/** A draft begun on or after the transfer date belongs to the new post: move it there. */
export async function moveDraftsToPost(db: Executor, pegawaiId: string, date: string, post: { jabatanId: string; opdId: string | null }) {
  return db
    .updateTable('skp')
    .set({ jabatan_id: post.jabatanId, opd_id: post.opdId, valid_from: date })
    .where('pegawai_id', '=', pegawaiId)
    .where('valid_to', 'is', null)
    .where('valid_from', '>=', date)
    .where('status', 'in', ['DRAFT', 'DIKEMBALIKAN'])
    .returning('id')
    .execute();
}
