import { PENILAI_LEVEL_JABATAN } from '../../domain/jabatan';
import type { Role } from '../../shared/roles';
import type { Trx } from '../platform/db/transaction';
import { demoAccounts } from './demo-accounts';
import { buildOrganisation } from './org-build';
import { displayName } from './people';

/**
 * Inserts the demo organisation set-based (batches of CHUNK rows): units level by level so parents
 * have ids, then jabatan, pegawai, placements, an account for every pegawai (login = NIP, the one
 * demo password hash reused), roles, officials and overrides. opd_id/path/depth and the penilai
 * chains are derived afterwards by the caller.
 */
const CHUNK = 500;
/** Demo data, not a real decree: the form BKPSDM records a delegation of penilai authority in. */
export const DEMO_DELEGATION_BASIS = 'Keputusan Wali Kota Solok tentang Pendelegasian Kewenangan Penilaian Kinerja Guru kepada Kepala Sekolah (data demo)';

export interface OrganisationCounts {
  units: number;
  jabatan: number;
  pegawai: number;
  pns: number;
  pppk: number;
  penempatan: number;
  accounts: number;
  atasan: number;
  overrides: number;
  officials: number;
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`seed: no id for ${what}`);
  return value;
};

export async function seedOrganisation(
  trx: Trx,
  instansiId: string,
  passwordHash: string,
  grantedAt: Date,
): Promise<{ counts: OrganisationCounts; demoAccountIds: Map<string, string> }> {
  const org = buildOrganisation(demoAccounts);

  const unitId = new Map<string, string>();
  const maxDepth = Math.max(...org.units.map((u) => u.depth));
  for (let depth = 0; depth <= maxDepth; depth++) {
    const level = org.units.filter((u) => u.depth === depth);
    for (const batch of chunks(level)) {
      const rows = batch.map((u) => ({
        instansi_id: instansiId, code: u.code, name: u.name, kind: u.kind, is_opd: u.isOpd,
        parent_id: u.parentCode === null ? null : must(unitId.get(u.parentCode), u.parentCode),
      }));
      for (const r of await trx.insertInto('unit_kerja').values(rows).returning(['id', 'code']).execute()) unitId.set(r.code, r.id);
    }
  }

  const unitCode = new Map([...unitId].map(([code, id]) => [id, code]));
  const jabatanId = new Map<string, string>();
  for (const batch of chunks(org.jabatan)) {
    const rows = batch.map((j) => ({ instansi_id: instansiId, unit_id: must(unitId.get(j.unitCode), j.unitCode), name: j.name, jenis: j.jenis, jenjang: j.jenjang, is_head: j.isHead }));
    for (const r of await trx.insertInto('jabatan').values(rows).returning(['id', 'unit_id', 'name']).execute()) {
      jabatanId.set(`${must(unitCode.get(r.unit_id), r.unit_id)}|${r.name}`, r.id);
    }
  }

  const pegawaiId = new Map<string, string>();
  for (const batch of chunks(org.pegawai)) {
    const rows = batch.map((p) => ({
      instansi_id: instansiId, nip: p.nip, jenis_asn: p.jenisAsn, name: p.name, gelar_depan: p.gelarDepan, gelar_belakang: p.gelarBelakang,
      pangkat_golongan: p.pangkatGolongan, sex: p.sex, birth_date: p.birthDate,
    }));
    for (const r of await trx.insertInto('pegawai').values(rows).returning(['id', 'nip']).execute()) pegawaiId.set(r.nip, r.id);
  }

  for (const batch of chunks(org.placements)) {
    await trx
      .insertInto('penempatan')
      .values(batch.map((p) => ({
        pegawai_id: must(pegawaiId.get(p.nip), p.nip), jabatan_id: must(jabatanId.get(p.jabatanKey), p.jabatanKey),
        valid_from: p.validFrom, valid_to: p.validTo, acting: p.acting, note: p.note,
      })))
      .execute();
  }

  // Demo accounts first, in README order, then one per remaining pegawai.
  const demoNips = new Set(demoAccounts.map((a) => a.login));
  const accountRows = [
    ...demoAccounts.map((a) => ({ login: a.login, name: a.name, pegawai_id: pegawaiId.get(a.login) ?? null })),
    ...org.pegawai.filter((p) => !demoNips.has(p.nip)).map((p) => ({ login: p.nip, name: displayName(p), pegawai_id: must(pegawaiId.get(p.nip), p.nip) })),
  ];
  const accountId = new Map<string, string>();
  for (const batch of chunks(accountRows)) {
    const rows = batch.map((a) => ({ ...a, instansi_id: instansiId, password_hash: passwordHash }));
    for (const r of await trx.insertInto('account').values(rows).returning(['id', 'login']).execute()) accountId.set(r.login, r.id);
  }

  const roleRows = accountRows.flatMap((a): { account_id: string; role: string; opd_id: string | null }[] => {
    const id = must(accountId.get(a.login), a.login);
    const demo = demoAccounts.find((d) => d.login === a.login);
    if (demo) return demo.roles.map((role) => ({ account_id: id, role, opd_id: role === 'ADMIN_OPD' && demo.opd ? must(unitId.get(demo.opd), demo.opd) : null }));
    const roles: Role[] = org.headNips.has(a.login) ? ['PEGAWAI', 'ATASAN'] : ['PEGAWAI'];
    return roles.map((role) => ({ account_id: id, role, opd_id: null }));
  });
  for (const batch of chunks(roleRows)) {
    await trx.insertInto('account_role').values(batch.map((r) => ({ ...r, granted_at: grantedAt, granted_by: null }))).execute();
  }

  const officials = demoAccounts.flatMap((a) => (a.official ? [{ instansi_id: instansiId, title: a.official, name: a.name, account_id: must(accountId.get(a.login), a.login) }] : []));
  if (officials.length > 0) await trx.insertInto('official').values(officials).execute();

  const bkpsdmAdmin = demoAccounts.find((a) => a.roles.includes('ADMIN_BKPSDM'));
  const createdBy = bkpsdmAdmin ? (accountId.get(bkpsdmAdmin.login) ?? null) : null;
  if (org.overrides.length > 0) {
    await trx
      .insertInto('atasan_override')
      .values(org.overrides.map((o) => ({
        pegawai_id: must(pegawaiId.get(o.nip), o.nip), atasan_pegawai_id: must(pegawaiId.get(o.atasanNip), o.atasanNip),
        reason: o.reason, valid_from: o.validFrom, valid_to: null, created_by: createdBy,
      })))
      .execute();
  }

  // Kepala sekolah are guru (Fungsional), below Pengawas: they rate their guru by a delegation with its basis.
  const delegated = org.jabatan.filter((j) => j.isHead && !PENILAI_LEVEL_JABATAN.has(j.jenis));
  if (delegated.length > 0) {
    await trx
      .insertInto('penilai_delegation')
      .values(delegated.map((j) => ({ jabatan_id: must(jabatanId.get(j.key), j.key), dasar_hukum: DEMO_DELEGATION_BASIS, valid_from: '2019-01-01', valid_to: null, created_by: createdBy })))
      .execute();
  }

  const pppk = org.pegawai.filter((p) => p.jenisAsn === 'PPPK').length;
  const counts: OrganisationCounts = {
    units: org.units.length, jabatan: org.jabatan.length, pegawai: org.pegawai.length, pns: org.pegawai.length - pppk, pppk,
    penempatan: org.placements.length, accounts: accountRows.length, atasan: roleRows.filter((r) => r.role === 'ATASAN').length,
    overrides: org.overrides.length, officials: officials.length,
  };
  const demoAccountIds = new Map(demoAccounts.map((a) => [a.login, must(accountId.get(a.login), a.login)]));
  return { counts, demoAccountIds };
}
