import type { Executor } from './db/transaction';

export async function listInstansiIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('instansi').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Instansi whose stored penilai chains were computed before `today` (or never). */
export async function listInstansiWithStaleChains(db: Executor, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('instansi as i')
    .select('i.id')
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('penilai_chain as c').select('c.pegawai_id').whereRef('c.instansi_id', '=', 'i.id').where('c.computed_on', '<', today)),
        eb.not(eb.exists(eb.selectFrom('penilai_chain as c').select('c.pegawai_id').whereRef('c.instansi_id', '=', 'i.id'))),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}
