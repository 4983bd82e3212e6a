import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { coreValueCodes } from '../../../domain/berakhlak';
import { hashPassword } from '../../platform/auth/password';
import { inTransaction } from '../../platform/db/transaction';
import { refreshPenilaiChains } from '../organisation';
import { FIXTURE_PASSWORD } from '../../../../test/support/fixtures';
import { createTestOrganisation } from '../../../../test/support/org-fixtures';
import type { TestApp, TestClient } from '../../../../test/support/test-app';

export const YEAR = 2026;
export const TODAY = '2026-03-02';
/**
 * When the scene's tests run by default: after the year and every realisation deadline of it, so
 * a penilai may rate any period and the year (evaluation-readiness.ts); tests of that order pass
 * their own moment. The organisation's placements still date from TODAY.
 */
export const AFTER_YEAR = '2027-02-01T01:00:00.000Z';
/** Kasi A1's team: the two staff of the fixture and three more, one of them a jabatan fungsional. */
export const TEAM = ['staff1', 'staff2', 'staff5', 'staff6', 'staff7'] as const;

/**
 * The test organisation (test/support/org-fixtures.ts) with three more pegawai under Kasi A1, so
 * the Kasi rates a team of five; the seventh is an Ahli Pertama (jabatan fungsional). Every
 * pegawai gets an approved SKP for 2026 with two RHK of one IKI each, inserted directly (the SKP
 * workflow is tested in the skp module).
 */
export async function evaluationScene(t: TestApp, prefix: string, at: string = AFTER_YEAR) {
  t.clock.set(new Date(at));
  const ids = await createTestOrganisation(t.db, TODAY, prefix);
  const instansiId = (await t.db.selectFrom('instansi').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  const hash = await hashPassword(FIXTURE_PASSWORD);
  const tag = String(prefix.charCodeAt(0) % 100).padStart(2, '0');
  await inTransaction(t.db, async (trx) => {
    const jf = await trx.insertInto('jabatan').values({ instansi_id: instansiId, unit_id: ids.seksiA1!, name: 'Analis Kebijakan Ahli Pertama', jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA' }).returning('id').executeTakeFirstOrThrow();
    for (const [n, key] of [[5, 'staff5'], [6, 'staff6'], [7, 'staff7']] as const) {
      const nip = `19850101${'2010'}${tag}1${String(n).padStart(3, '0')}`;
      const p = await trx.insertInto('pegawai').values({ instansi_id: instansiId, nip, jenis_asn: 'PNS', name: `Staf ${prefix}${n}`, sex: 'P', birth_date: '1985-01-01' }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('penempatan').values({ pegawai_id: p.id, jabatan_id: key === 'staff7' ? jf.id : ids.jStaffA1!, valid_from: '2024-01-01' }).execute();
      const account = await trx.insertInto('account').values({ instansi_id: instansiId, login: nip, name: `Staf ${prefix}${n}`, password_hash: hash, pegawai_id: p.id }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('account_role').values({ account_id: account.id, role: 'PEGAWAI', granted_at: new Date(), granted_by: null }).execute();
      Object.assign(ids, { [key]: p.id, [`${key}.nip`]: nip, [`${key}.account`]: account.id });
    }
    await refreshPenilaiChains(trx, instansiId, TODAY);
  });
  const admin = await t.signIn('199001012015011001');
  const opened = await admin.request({ method: 'POST', url: '/api/years', payload: { year: YEAR } });
  assert.ok([200, 409].includes(opened.statusCode), opened.body);
  const periods = await t.db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select(['p.id', 'p.name', 'p.seq'])
    .where('y.instansi_id', '=', instansiId)
    .where('y.year', '=', YEAR)
    .orderBy('p.seq')
    .execute();
  const skpOf: Record<string, string> = {};
  const rhkOf: Record<string, string[]> = {};
  for (const key of ['kadis', 'kabidA', 'kasiA1', ...TEAM, 'staff3', 'staff4']) {
    const made = await approvedSkp(t, instansiId, ids[key]!, ids.dinas!);
    skpOf[key] = made.skpId;
    rhkOf[key] = made.rhkIds;
  }
  const clients: Record<string, TestClient> = { admin };
  const as = async (key: string) => (clients[key] ??= await t.signIn(ids[`${key}.nip`]!, FIXTURE_PASSWORD));
  return { ids, instansiId, periods, period: periods[0]!, skpOf, rhkOf, as };
}

/** An approved 2026 SKP with two RHK of one IKI each (a running one of the demo is replaced). */
export async function approvedSkp(t: TestApp, instansiId: string, pegawaiId: string, opdId: string | null) {
  return inTransaction(t.db, async (trx) => {
    await trx.updateTable('skp').set({ valid_to: `${YEAR - 1}-12-31`, ended_reason: 'diganti untuk uji' }).where('pegawai_id', '=', pegawaiId).where('year', '=', YEAR).where('valid_to', 'is', null).execute();
    const post = await trx.selectFrom('penempatan').select('jabatan_id').where('pegawai_id', '=', pegawaiId).where('acting', '=', false).executeTakeFirstOrThrow();
    const skp = await trx
      .insertInto('skp')
      .values({ instansi_id: instansiId, pegawai_id: pegawaiId, year: YEAR, jabatan_id: post.jabatan_id, opd_id: opdId, status: 'DISETUJUI', valid_from: `${YEAR}-01-01`, decided_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rhkIds: string[] = [];
    for (const [position, jenis, text] of [[1, 'UTAMA', 'Tersusunnya laporan kegiatan'], [2, 'TAMBAHAN', 'Terlaksananya tugas kepanitiaan']] as const) {
      const rhk = await trx.insertInto('rhk').values({ skp_id: skp.id, jenis, text, position }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('iki').values({ rhk_id: rhk.id, aspek: 'KUANTITAS', indicator: `Jumlah ${text.toLowerCase()}`, target_value: 4, satuan: 'Dokumen', position: 1 }).execute();
      rhkIds.push(rhk.id);
    }
    await trx.insertInto('skp_perilaku').values(coreValueCodes.map((code) => ({ skp_id: skp.id, core_value: code, ekspektasi: '' }))).execute();
    return { skpId: skp.id, rhkIds };
  });
}

type Rating = 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH';

/** A complete rating form for an SKP of the scene. */
export const ratingsFor = (rhkIds: string[], hasilKerja: Rating | undefined, perilaku: Rating, periodId: string | null) => ({
  periodId,
  rhk: rhkIds.map((rhkId) => ({ rhkId, rating: hasilKerja ?? 'SESUAI', note: 'Sesuai bukti dukung.' })),
  ...(hasilKerja ? { ratingHasilKerja: hasilKerja } : {}),
  ratingPerilaku: perilaku,
  justificationHasilKerja: 'Hasil kerja sesuai realisasi dan bukti dukung.',
  justificationPerilaku: 'Perilaku sesuai nilai BerAKHLAK.',
});

const WATCHED = ['evaluation', 'evaluation_rhk_rating', 'self_assessment_item', 'org_predikat', 'keberatan', 'keberatan_statement', 'annual_result', 'audit_log', 'notification'] as const;

/** What the evaluation tables hold, row by row: equal before and after means nothing was written. */
export async function evaluationState(t: TestApp) {
  const counts = await Promise.all(WATCHED.map(async (table) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db)).rows[0]!.n)));
  const rows = await t.db.selectFrom('evaluation').select(['id', 'status', 'rating_hasil_kerja', 'rating_perilaku', 'predikat', 'justification_hasil_kerja', 'updated_at']).orderBy('id').execute();
  const rhk = await t.db.selectFrom('evaluation_rhk_rating').selectAll().orderBy('evaluation_id').orderBy('rhk_id').execute();
  return JSON.stringify({ counts, rows, rhk });
}

export async function nothingWritten(t: TestApp, work: () => Promise<void>) {
  const before = await evaluationState(t);
  await work();
  assert.equal(await evaluationState(t), before, 'nothing is written');
}

export const errorOf = (res: { statusCode: number; json(): unknown }) => ({ status: res.statusCode, code: (res.json() as { error?: { code?: string } }).error?.code });
