import { sql } from 'kysely';
import type { Trx } from '../../platform/db/transaction';
import type { UnitPlan } from './validate-units';

const CHUNK = 1000;
const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Writes a validated unit plan set-based: inserts in chunks, updates as one UPDATE … FROM
 * unnest(…) per chunk; parents once every code has an id. The caller refreshes the derived tree.
 */
export async function writeUnits(trx: Trx, instansiId: string, plan: UnitPlan, existingIds: Map<string, string>, onProgress: (done: number) => void) {
  const idOf = new Map(existingIds);
  let done = 0;
  for (const chunk of chunks(plan.creates)) {
    const rows = await trx
      .insertInto('unit_kerja')
      .values(chunk.map((u) => ({ instansi_id: instansiId, code: u.code, name: u.name, kind: u.kind, parent_id: null })))
      .returning(['id', 'code'])
      .execute();
    for (const r of rows) idOf.set(r.code, r.id);
    onProgress((done += chunk.length));
  }
  for (const chunk of chunks(plan.updates)) {
    await sql`
      update unit_kerja u set name = v.name, kind = v.kind, active = true, updated_at = now()
        from unnest(${chunk.map((u) => u.id)}::bigint[], ${chunk.map((u) => u.name)}::text[], ${chunk.map((u) => u.kind)}::text[]) as v(id, name, kind)
       where u.id = v.id`.execute(trx);
    onProgress((done += chunk.length));
  }
  for (const chunk of chunks(plan.parents)) {
    const ids = chunk.map((p) => idOf.get(p.code)!);
    const parents = chunk.map((p) => (p.parentCode === null ? null : idOf.get(p.parentCode)!));
    await sql`
      update unit_kerja u set parent_id = v.parent_id, updated_at = now()
        from unnest(${ids}::bigint[], ${parents}::bigint[]) as v(id, parent_id)
       where u.id = v.id`.execute(trx);
  }
  for (const chunk of chunks(plan.headUpdates)) {
    await sql`
      update jabatan j set name = v.name, jenis = v.jenis
        from unnest(${chunk.map((h) => h.id)}::bigint[], ${chunk.map((h) => h.name)}::text[], ${chunk.map((h) => h.jenis)}::text[]) as v(id, name, jenis)
       where j.id = v.id`.execute(trx);
  }
  for (const chunk of chunks(plan.headCreates)) {
    await trx
      .insertInto('jabatan')
      .values(chunk.map((h) => ({ instansi_id: instansiId, unit_id: idOf.get(h.unitCode)!, name: h.name, jenis: h.jenis, is_head: true })))
      .execute();
  }
  return { jabatanCreated: plan.headCreates.length, jabatanUpdated: plan.headUpdates.length };
}
