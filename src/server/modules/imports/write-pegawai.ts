import { sql } from 'kysely';
import type { Trx } from '../../platform/db/transaction';
import { insertColumns } from './bulk-insert';
import { jabatanKey, type PegawaiPlan, type PegawaiValues, type PlannedPegawai } from './validate-pegawai';

const CHUNK = 1000;

const displayName = (v: PegawaiValues) => `${v.gelar_depan ? `${v.gelar_depan} ` : ''}${v.name}${v.gelar_belakang ? `, ${v.gelar_belakang}` : ''}`;

export interface PegawaiWriteCounts {
  jabatanCreated: number;
  jabatanUpdated: number;
  placementsOpened: number;
  placementsClosed: number;
  accountsCreated: number;
}

/**
 * Writes a validated plan in chunks of 1000 rows — inserts with unnest(…), updates as one
 * UPDATE … FROM unnest(…) — never a statement per row. Returns every file pegawai's id by NIP.
 */
export async function writePegawai(
  trx: Trx,
  instansiId: string,
  plan: PegawaiPlan,
  newAccountPasswordHash: () => Promise<string>,
  onProgress: (done: number) => void,
): Promise<{ idByNip: Map<string, string>; counts: PegawaiWriteCounts }> {
  const counts: PegawaiWriteCounts = { jabatanCreated: plan.jabatanCreates.length, jabatanUpdated: plan.jabatanUpdates.length, placementsOpened: 0, placementsClosed: 0, accountsCreated: 0 };
  const jabatanIds = new Map(plan.jabatanIds);
  for (let i = 0; i < plan.jabatanCreates.length; i += CHUNK) {
    const chunk = plan.jabatanCreates.slice(i, i + CHUNK);
    const rows = await insertColumns<{ id: string; unit_id: string; name: string }>(
      trx,
      'jabatan',
      {
        instansi_id: { type: 'bigint', constant: instansiId },
        unit_id: { type: 'bigint', values: chunk.map((j) => j.unitId) },
        name: { type: 'text', values: chunk.map((j) => j.name) },
        jenis: { type: 'text', values: chunk.map((j) => j.jenis) },
        jenjang: { type: 'text', values: chunk.map((j) => j.jenjang) },
        is_head: { type: 'boolean', values: chunk.map((j) => j.isHead) },
      },
      ['id', 'unit_id', 'name'],
    );
    for (const r of rows) jabatanIds.set(jabatanKey(r.unit_id, r.name), r.id);
  }
  for (let i = 0; i < plan.jabatanUpdates.length; i += CHUNK) {
    const chunk = plan.jabatanUpdates.slice(i, i + CHUNK);
    await sql`
      update jabatan j set jenis = v.jenis, jenjang = v.jenjang
        from unnest(${chunk.map((u) => u.id)}::bigint[], ${chunk.map((u) => u.jenis)}::text[], ${chunk.map((u) => u.jenjang)}::text[]) as v(id, jenis, jenjang)
       where j.id = v.id`.execute(trx);
  }

  const idByNip = new Map<string, string>();
  let done = 0;
  for (let i = 0; i < plan.rows.length; i += CHUNK) {
    const chunk = plan.rows.slice(i, i + CHUNK);
    for (const row of chunk) if (row.existingId) idByNip.set(row.nip, row.existingId);

    const inserts = chunk.filter((r) => r.write === 'insert');
    const value = <K extends keyof PegawaiValues>(rows: PlannedPegawai[], key: K) => rows.map((r) => r.values[key]);
    const created = await insertColumns<{ id: string; nip: string }>(
      trx,
      'pegawai',
      {
        instansi_id: { type: 'bigint', constant: instansiId },
        nip: { type: 'text', values: inserts.map((r) => r.nip) },
        jenis_asn: { type: 'text', values: value(inserts, 'jenis_asn') },
        name: { type: 'text', values: value(inserts, 'name') },
        gelar_depan: { type: 'text', values: value(inserts, 'gelar_depan') },
        gelar_belakang: { type: 'text', values: value(inserts, 'gelar_belakang') },
        pangkat_golongan: { type: 'text', values: value(inserts, 'pangkat_golongan') },
        sex: { type: 'text', values: value(inserts, 'sex') },
        birth_date: { type: 'date', values: value(inserts, 'birth_date') },
        email: { type: 'text', values: value(inserts, 'email') },
        phone: { type: 'text', values: value(inserts, 'phone') },
      },
      ['id', 'nip'],
    );
    for (const r of created) idByNip.set(r.nip, r.id);
    const updates = chunk.filter((r) => r.write === 'update');
    if (updates.length > 0) {
      const column = <K extends keyof PegawaiValues>(key: K) => value(updates, key);
      await sql`
        update pegawai p
           set jenis_asn = v.jenis_asn, name = v.name, gelar_depan = v.gelar_depan, gelar_belakang = v.gelar_belakang,
               pangkat_golongan = v.pangkat_golongan, sex = v.sex, birth_date = v.birth_date, email = v.email, phone = v.phone,
               active = true, updated_at = now()
          from unnest(${updates.map((r) => r.existingId)}::bigint[], ${column('jenis_asn')}::text[], ${column('name')}::text[], ${column('gelar_depan')}::text[],
                      ${column('gelar_belakang')}::text[], ${column('pangkat_golongan')}::text[], ${column('sex')}::text[], ${column('birth_date')}::date[],
                      ${column('email')}::text[], ${column('phone')}::text[])
            as v(id, jenis_asn, name, gelar_depan, gelar_belakang, pangkat_golongan, sex, birth_date, email, phone)
         where p.id = v.id`.execute(trx);
    }

    const moves = chunk.filter((r) => r.placement !== null);
    const closing = moves.flatMap((r) => r.placement!.closeIds.map((id) => ({ id, on: r.placement!.closeOn })));
    if (closing.length > 0) {
      await sql`
        update penempatan pn set valid_to = v.valid_to
          from unnest(${closing.map((c) => c.id)}::bigint[], ${closing.map((c) => c.on)}::date[]) as v(id, valid_to)
         where pn.id = v.id`.execute(trx);
      counts.placementsClosed += closing.length;
    }
    if (moves.length > 0) {
      await insertColumns(trx, 'penempatan', {
        pegawai_id: { type: 'bigint', values: moves.map((r) => idByNip.get(r.nip)!) },
        jabatan_id: { type: 'bigint', values: moves.map((r) => jabatanIds.get(r.jabatanKey)!) },
        valid_from: { type: 'date', values: moves.map((r) => r.placement!.openFrom) },
        note: { type: 'text', constant: 'Impor data' },
      });
      counts.placementsOpened += moves.length;
    }

    const newAccounts = chunk.filter((r) => r.account.kind === 'create');
    if (newAccounts.length > 0) {
      const hash = await newAccountPasswordHash();
      const accounts = await insertColumns<{ id: string }>(
        trx,
        'account',
        {
          instansi_id: { type: 'bigint', constant: instansiId },
          login: { type: 'text', values: newAccounts.map((r) => r.nip) },
          name: { type: 'text', values: newAccounts.map((r) => displayName(r.values)) },
          password_hash: { type: 'text', constant: hash },
          must_change_password: { type: 'boolean', constant: true },
          pegawai_id: { type: 'bigint', values: newAccounts.map((r) => idByNip.get(r.nip)!) },
        },
        ['id'],
      );
      await sql`insert into account_role (account_id, role, granted_at) select id, 'PEGAWAI', now() from unnest(${accounts.map((a) => a.id)}::bigint[]) as id`.execute(trx);
      counts.accountsCreated += accounts.length;
    }
    const links = chunk.filter((r) => r.account.kind === 'link');
    if (links.length > 0) {
      const accountIds = links.map((r) => (r.account as { accountId: string }).accountId);
      await sql`
        update account a set pegawai_id = v.pegawai_id
          from unnest(${accountIds}::bigint[], ${links.map((r) => idByNip.get(r.nip)!)}::bigint[]) as v(id, pegawai_id)
         where a.id = v.id`.execute(trx);
      await sql`
        insert into account_role (account_id, role, granted_at)
        select id, 'PEGAWAI', now() from unnest(${accountIds}::bigint[]) as id
        on conflict do nothing`.execute(trx);
    }
    onProgress((done += chunk.length));
  }
  return { idByNip, counts };
}
