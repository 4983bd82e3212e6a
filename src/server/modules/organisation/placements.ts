import type { ExpressionBuilder, JoinBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import type { Executor } from '../../platform/db/transaction';

/**
 * Join condition for the placement a pegawai holds definitively (not as Plt) on `date`:
 * `.leftJoin('penempatan as pn', onCurrentPlacement(date))` beside a `pegawai as p`.
 */
export function onCurrentPlacement(date: string) {
  return <J extends JoinBuilder<Database & { p: Database['pegawai']; pn: Database['penempatan'] }, 'p' | 'pn'>>(join: J) =>
    join
      .onRef('pn.pegawai_id', '=', 'p.id')
      .on('pn.acting', '=', false)
      .on('pn.valid_from', '<=', date)
      .on((eb: ExpressionBuilder<Database & { pn: Database['penempatan'] }, 'pn'>) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)])) as J;
}

/** The unit kerja whose head post the pegawai holds on `date`, definitively or as Plt. */
export async function listUnitsHeadedBy(db: Executor, pegawaiId: string, date: string) {
  const rows = await db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .select('j.unit_id')
    .where('pn.pegawai_id', '=', pegawaiId)
    .where('j.is_head', '=', true)
    .where('pn.valid_from', '<=', date)
    .where((eb) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)]))
    .execute();
  return rows.map((r) => r.unit_id);
}
