import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';
import { conflict } from '../../platform/errors';

// The new placement runs open-ended from its first day, so anyone holding the post on that day or
// later (a holder placed from a future date too) would hold it beside the newcomer.
const heldFrom = (date: string) => sql<boolean>`valid_to is null or valid_to >= ${date}::date`;

/** Who else holds this post from `date` on (definitively or as Plt), with whether a definitive holder's absence is recorded on `date`. */
async function otherHolders(db: Executor, jabatanId: string, pegawaiId: string, date: string) {
  // Two placements into one post at once would each see it free: the post's row is the lock that orders them.
  await db.selectFrom('jabatan').select('id').where('id', '=', jabatanId).forUpdate().execute();
  return db
    .selectFrom('penempatan as pn')
    .innerJoin('pegawai as p', 'p.id', 'pn.pegawai_id')
    .select(['p.id', 'p.name', 'p.nip', 'pn.acting'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('holder_absence as ha').select('ha.id').whereRef('ha.pegawai_id', '=', 'p.id').where(sql<boolean>`ha.valid_from <= ${date}::date and (ha.valid_to is null or ha.valid_to >= ${date}::date)`))
        .as('absent'),
    )
    .where('pn.jabatan_id', '=', jabatanId)
    .where('pn.pegawai_id', '<>', pegawaiId)
    .where(heldFrom(date))
    .execute();
}

/**
 * A head post takes one holder: a definitive holder only while nobody holds it definitively, a Plt
 * only while it is vacant or its definitive holder's absence is recorded, and never two Plt at once.
 */
export async function assertHeadPostFree(db: Executor, post: { jabatanId: string; jabatanName: string; pegawaiId: string; validFrom: string; acting: boolean }) {
  const holders = await otherHolders(db, post.jabatanId, post.pegawaiId, post.validFrom);
  const definitive = holders.find((h) => !h.acting);
  const plt = holders.find((h) => h.acting);
  if (definitive && !post.acting) {
    throw conflict(`Jabatan ${post.jabatanName} sudah dipangku definitif oleh ${definitive.name} (${definitive.nip}) pada atau setelah ${post.validFrom}. Mutasikan pemangku itu lebih dulu.`);
  }
  if (definitive && post.acting && !definitive.absent) {
    throw conflict(`Plt. ${post.jabatanName} hanya dapat ditunjuk bila jabatan kosong atau ketidakhadiran pemangkunya (${definitive.name}) telah dicatat untuk ${post.validFrom}.`);
  }
  if (plt && post.acting) {
    throw conflict(`Jabatan ${post.jabatanName} sudah memiliki Plt. (${plt.name}) pada atau setelah ${post.validFrom}. Akhiri penugasan Plt. itu lebih dulu.`);
  }
}

export async function insertAbsence(db: Executor, row: { pegawaiId: string; reason: string; validFrom: string; validTo: string | null; createdBy: string }) {
  return db
    .insertInto('holder_absence')
    .values({ pegawai_id: row.pegawaiId, reason: row.reason, valid_from: row.validFrom, valid_to: row.validTo, created_by: row.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
}
