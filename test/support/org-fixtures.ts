import { refreshPenilaiChains, refreshUnitTree } from '../../src/server/modules/organisation';
import { hashPassword } from '../../src/server/platform/auth/password';
import type { Db } from '../../src/server/platform/db/database';
import { inTransaction } from '../../src/server/platform/db/transaction';
import type { Role } from '../../src/shared/roles';
import { FIXTURE_PASSWORD } from './fixtures';

type Jenis = 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL';

/**
 * A small organisation of its own for a test, beside the demo:
 *   Dinas Uji (Kadis, JPT) ─ Bidang A (Kabid, Administrator) ─ Seksi A1 (Kasi, Pengawas) ─ staff1, staff2
 *                          └ Bidang B (Kabid B)                └ Seksi A2 (vacant head)   ─ staff3
 *   Badan Lain (Kaban, JPT) ─ staff4
 * Every pegawai gets an account (login = NIP, password FIXTURE_PASSWORD, role PEGAWAI).
 */
export async function createTestOrganisation(db: Db, today: string, prefix = 'T') {
  const instansiId = (await db.selectFrom('instansi').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  const hash = await hashPassword(FIXTURE_PASSWORD);
  let nipSeq = 0;
  const ids: Record<string, string> = {};
  await inTransaction(db, async (trx) => {
    const unit = async (key: string, name: string, kind: string, parentKey: string | null) => {
      const row = await trx
        .insertInto('unit_kerja')
        .values({ instansi_id: instansiId, code: `${prefix}-${key}`, name, kind, parent_id: parentKey ? ids[parentKey]! : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids[key] = row.id;
    };
    const jabatan = async (key: string, unitKey: string, name: string, jenis: Jenis, isHead: boolean) => {
      ids[key] = (await trx.insertInto('jabatan').values({ instansi_id: instansiId, unit_id: ids[unitKey]!, name, jenis, is_head: isHead }).returning('id').executeTakeFirstOrThrow()).id;
    };
    const pegawai = async (key: string, name: string, jabatanKey: string, roles: Role[] = ['PEGAWAI']) => {
      nipSeq++;
      const nip = `19800101200501${'1'}${String(900 + nipSeq).padStart(3, '0')}`.slice(0, 14) + `1${prefix.charCodeAt(0) % 10}${String(nipSeq).padStart(2, '0')}`;
      const p = await trx
        .insertInto('pegawai')
        .values({ instansi_id: instansiId, nip, jenis_asn: 'PNS', name, sex: 'L', birth_date: '1980-01-01' })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids[key] = p.id;
      ids[`${key}.nip`] = nip;
      await trx.insertInto('penempatan').values({ pegawai_id: p.id, jabatan_id: ids[jabatanKey]!, valid_from: '2024-01-01' }).execute();
      const account = await trx
        .insertInto('account')
        .values({ instansi_id: instansiId, login: nip, name, password_hash: hash, pegawai_id: p.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids[`${key}.account`] = account.id;
      await trx.insertInto('account_role').values(roles.map((role) => ({ account_id: account.id, role, granted_at: new Date(), granted_by: null }))).execute();
    };
    await unit('dinas', `Dinas Uji ${prefix}`, 'DINAS', null);
    await unit('bidangA', 'Bidang A', 'BIDANG', 'dinas');
    await unit('bidangB', 'Bidang B', 'BIDANG', 'dinas');
    await unit('seksiA1', 'Seksi A1', 'SEKSI', 'bidangA');
    await unit('seksiA2', 'Seksi A2', 'SEKSI', 'bidangA');
    await unit('badan', `Badan Lain ${prefix}`, 'BADAN', null);
    await jabatan('jKadis', 'dinas', 'Kepala Dinas', 'JPT', true);
    await jabatan('jKabidA', 'bidangA', 'Kepala Bidang A', 'ADMINISTRATOR', true);
    await jabatan('jKabidB', 'bidangB', 'Kepala Bidang B', 'ADMINISTRATOR', true);
    await jabatan('jKasiA1', 'seksiA1', 'Kepala Seksi A1', 'PENGAWAS', true);
    await jabatan('jKasiA2', 'seksiA2', 'Kepala Seksi A2', 'PENGAWAS', true);
    await jabatan('jStaffA1', 'seksiA1', 'Pengolah Data A1', 'PELAKSANA', false);
    await jabatan('jStaffA2', 'seksiA2', 'Pengolah Data A2', 'PELAKSANA', false);
    await jabatan('jKaban', 'badan', 'Kepala Badan', 'JPT', true);
    await jabatan('jStaffBadan', 'badan', 'Analis Badan', 'PELAKSANA', false);
    await pegawai('kadis', 'Kadis Uji', 'jKadis');
    await pegawai('kabidA', 'Kabid A Uji', 'jKabidA');
    await pegawai('kabidB', 'Kabid B Uji', 'jKabidB');
    await pegawai('kasiA1', 'Kasi A1 Uji', 'jKasiA1');
    await pegawai('staff1', 'Staf Satu', 'jStaffA1');
    await pegawai('staff2', 'Staf Dua', 'jStaffA1');
    await pegawai('staff3', 'Staf Tiga', 'jStaffA2');
    await pegawai('kaban', 'Kaban Uji', 'jKaban');
    await pegawai('staff4', 'Staf Empat', 'jStaffBadan');
    await refreshUnitTree(trx, instansiId);
    await refreshPenilaiChains(trx, instansiId, today);
  });
  return ids;
}
