// Issue #16, points 2, 6 and 10: who may be pejabat penilai, the OPD-head setting, and nobody
// changing who rates them or whom they rate (design.md "Organisation rules", domain.md §1.3).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { countRows, FIXTURE_PASSWORD } from '../../../../test/support/fixtures';
import { createTestOrganisation } from '../../../../test/support/org-fixtures';
import { inTransaction } from '../../platform/db/transaction';
import { refreshPenilaiChains } from './chain.service';

let t: TestApp;
let ids: Record<string, string>;
let admin: TestClient;
const TODAY = '2026-03-02';

const chainOf = async (pegawaiId: string) => (await admin.request({ method: 'GET', url: `/api/pegawai/${pegawaiId}` })).json().chain;
const notificationsOf = (accountId: string) =>
  t.db.selectFrom('notification').select(['kind', 'title']).where('account_id', '=', accountId).where('kind', '=', 'CHAIN_CHANGED').execute();
const writes = async () => ({
  penempatan: await countRows(t.db, 'penempatan'),
  overrides: await countRows(t.db, 'atasan_override'),
  audit: await countRows(t.db, 'audit_log'),
  notifications: await countRows(t.db, 'notification'),
});
/** A fixture pegawai given an admin role, as in a city where an admin is also staff somewhere. */
async function asAdmin(key: string, role: 'ADMIN_BKPSDM' | 'ADMIN_OPD') {
  await t.db.insertInto('account_role').values({ account_id: ids[`${key}.account`]!, role, opd_id: role === 'ADMIN_OPD' ? ids.dinas! : null, granted_at: new Date(), granted_by: null }).execute();
  return t.signIn(ids[`${key}.nip`]!, FIXTURE_PASSWORD);
}

before(async () => {
  t = await startTestApp();
  ids = await createTestOrganisation(t.db, TODAY, 'C');
  admin = await t.signIn('199001012015011001');
});
after(() => t.close());

describe('pejabat penilai is at least a Pengawas (point 2)', () => {
  let tim: { unitId: string; jabatanId: string; ketua: string; arsiparis: string };

  before(async () => {
    const instansiId = (await t.db.selectFrom('unit_kerja').select('instansi_id').where('id', '=', ids.dinas!).executeTakeFirstOrThrow()).instansi_id;
    await inTransaction(t.db, async (trx) => {
      const unit = await trx.insertInto('unit_kerja').values({ instansi_id: instansiId, code: 'C-TIM', name: 'Tim Arsip', kind: 'SUBBIDANG', parent_id: ids.seksiA1! }).returning('id').executeTakeFirstOrThrow();
      const head = await trx.insertInto('jabatan').values({ instansi_id: instansiId, unit_id: unit.id, name: 'Ketua Tim Arsip', jenis: 'PELAKSANA', is_head: true }).returning('id').executeTakeFirstOrThrow();
      const staff = await trx.insertInto('jabatan').values({ instansi_id: instansiId, unit_id: unit.id, name: 'Arsiparis Pelaksana', jenis: 'PELAKSANA', is_head: false }).returning('id').executeTakeFirstOrThrow();
      const person = async (nip: string, name: string, jabatanId: string) => {
        const p = await trx.insertInto('pegawai').values({ instansi_id: instansiId, nip, jenis_asn: 'PNS', name, sex: 'L', birth_date: '1985-01-01' }).returning('id').executeTakeFirstOrThrow();
        await trx.insertInto('penempatan').values({ pegawai_id: p.id, jabatan_id: jabatanId, valid_from: '2024-01-01' }).execute();
        return p.id;
      };
      tim = { unitId: unit.id, jabatanId: head.id, ketua: await person('198501012010011991', 'Ketua Tim Uji', head.id), arsiparis: await person('198501012010011992', 'Arsiparis Uji', staff.id) };
      await refreshPenilaiChains(trx, instansiId, TODAY);
    });
  });

  test('when a unit is headed by a Pelaksana post, then its head is atasan langsung but the Kasi (Pengawas) above is pejabat penilai', async () => {
    const chain = await chainOf(tim.arsiparis);
    assert.equal(chain.atasanLangsung.id, tim.ketua);
    assert.equal(chain.pejabatPenilai.id, ids.kasiA1);
    assert.equal(chain.atasanPejabatPenilai.id, ids.kabidA);
  });

  test('when BKPSDM records a delegation without a dasar hukum, or for a Pengawas post, then 400 / 422 and nothing changes', async () => {
    const opd = await t.signIn(ids['kabidB.nip']!, FIXTURE_PASSWORD);
    const before = await writes();
    const blank = await admin.request({ method: 'POST', url: `/api/jabatan/${tim.jabatanId}/delegations`, payload: { dasarHukum: ' ', validFrom: '2026-01-01' } });
    assert.equal(blank.statusCode, 400);
    const pengawas = await admin.request({ method: 'POST', url: `/api/jabatan/${ids.jKasiA1}/delegations`, payload: { dasarHukum: 'SK Kepala BKPSDM 800/1/2026', validFrom: '2026-01-01' } });
    assert.equal(pengawas.statusCode, 422);
    assert.equal((await opd.request({ method: 'POST', url: `/api/jabatan/${tim.jabatanId}/delegations`, payload: { dasarHukum: 'SK Kepala BKPSDM 800/1/2026', validFrom: '2026-01-01' } })).statusCode, 403);
    assert.deepEqual(await writes(), before);
  });

  test('when BKPSDM records a delegation with its dasar hukum, then the Pelaksana head rates the unit, it is audited, and the arsiparis is told', async () => {
    const res = await admin.request({ method: 'POST', url: `/api/jabatan/${tim.jabatanId}/delegations`, payload: { dasarHukum: 'Keputusan Kepala BKPSDM Nomor 800/12/2026', validFrom: '2026-01-01' } });
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().chainsChanged >= 1);
    assert.equal((await chainOf(tim.arsiparis)).pejabatPenilai.id, tim.ketua);
    const audit = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'jabatan.penilai_delegated').where('entity_id', '=', tim.jabatanId).executeTakeFirstOrThrow();
    assert.equal(audit.data.dasarHukum, 'Keputusan Kepala BKPSDM Nomor 800/12/2026');
    const changed = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'organisation.chains_changed').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    assert.equal(changed.data.cause, 'jabatan.penilai_delegated');
    assert.ok((changed.data.changes as string[][]).some((row) => row[0] === tim.arsiparis));
  });

  test('when the demo is read, then a guru is rated by the kepala sekolah through a delegation on record, and no Pelaksana post rates anyone without one', async () => {
    const guru = await t.db
      .selectFrom('penilai_chain as c')
      .innerJoin('penempatan as pn', 'pn.pegawai_id', 'c.pegawai_id')
      .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
      .innerJoin('jabatan as h', (join) => join.onRef('h.unit_id', '=', 'j.unit_id').on('h.is_head', '=', true))
      .innerJoin('penempatan as hp', (join) => join.onRef('hp.jabatan_id', '=', 'h.id').on('hp.valid_to', 'is', null))
      .innerJoin('penilai_delegation as d', 'd.jabatan_id', 'h.id')
      .select(['c.penilai_pegawai_id', 'hp.pegawai_id as headId', 'd.dasar_hukum'])
      .where('j.name', 'like', 'Guru%')
      .where('pn.valid_to', 'is', null)
      .executeTakeFirstOrThrow();
    assert.equal(guru.penilai_pegawai_id, guru.headId);
    assert.ok(guru.dasar_hukum.length > 10);
  });
});

describe('whom OPD heads report to is a per-instansi setting (point 6)', () => {
  test('when BKPSDM sets OPD heads to report to the Wali Kota, then a Kepala Dinas is rated by the Wali Kota at once, told so, and it is audited; back to Sekda restores it', async () => {
    assert.equal((await chainOf(ids.kadis!)).pejabatPenilai.kind, 'PEGAWAI', 'the default: the Sekda rates OPD heads');
    const res = await admin.request({ method: 'PUT', url: '/api/settings/opdHeadsReportTo', payload: { value: 'WALI_KOTA' } });
    assert.equal(res.statusCode, 200);
    const chain = await chainOf(ids.kadis!);
    assert.equal(chain.pejabatPenilai.kind, 'OFFICIAL');
    assert.equal(chain.atasanPejabatPenilai.kind, 'OFFICIAL');
    assert.equal((await notificationsOf(ids['kadis.account']!)).length, 1);
    const changed = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'organisation.chains_changed').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    assert.equal(changed.data.cause, 'setting.updated');
    assert.equal((await admin.request({ method: 'PUT', url: '/api/settings/opdHeadsReportTo', payload: { value: 'SEKDA' } })).statusCode, 200);
    assert.equal((await chainOf(ids.kadis!)).pejabatPenilai.kind, 'PEGAWAI');
  });

  test('when the setting is given a value outside SEKDA / WALI_KOTA, then 400', async () => {
    assert.equal((await admin.request({ method: 'PUT', url: '/api/settings/opdHeadsReportTo', payload: { value: 'GUBERNUR' } })).statusCode, 400);
  });
});

describe('nobody changes who rates them or whom they rate (point 10)', () => {
  test('when an admin BKPSDM who is also staff moves, overrides or ends overrides for themselves, or names themselves atasan, then 403 with the reason and nothing is written', async () => {
    const self = await asAdmin('staff1', 'ADMIN_BKPSDM');
    const before = await writes();
    const attempts = [
      { url: `/api/pegawai/${ids.staff1}/placements`, payload: { jabatanId: ids.jStaffBadan, validFrom: '2026-04-01' } },
      { url: `/api/pegawai/${ids.staff1}/overrides`, payload: { atasanPegawaiId: ids.kabidB, reason: 'Saya pindah atasan sendiri', validFrom: '2026-03-01' } },
      { url: `/api/pegawai/${ids.staff2}/overrides`, payload: { atasanPegawaiId: ids.staff1, reason: 'Saya menilai rekan saya', validFrom: '2026-03-01' } },
    ];
    for (const { url, payload } of attempts) {
      const res = await self.request({ method: 'POST', url, payload });
      assert.equal(res.statusCode, 403, url);
      assert.match(res.json().error.details[0].reason, /siapa yang menilai Anda atau siapa yang Anda nilai/);
    }
    assert.deepEqual(await writes(), before);
    const own = (await self.request({ method: 'GET', url: `/api/pegawai/${ids.staff1}` })).json();
    assert.deepEqual(own.can, { override: false, transfer: false }, 'the profile does not offer it either');
  });

  test('when an admin OPD moves someone they rate (today or from next month), then 403 and nothing is written: another admin must do it', async () => {
    const kabid = await asAdmin('kabidA', 'ADMIN_OPD');
    const before = await writes();
    for (const validFrom of ['2026-03-02', '2026-04-01']) {
      const res = await kabid.request({ method: 'POST', url: `/api/pegawai/${ids.staff3}/placements`, payload: { jabatanId: ids.jStaffA1, validFrom } });
      assert.equal(res.statusCode, 403, validFrom);
    }
    assert.deepEqual(await writes(), before);
  });

  test('when BKPSDM moves a pegawai, then the pegawai and each atasan who gained or lost them are notified, and the chain change is audited', async () => {
    const kasiToldBefore = (await notificationsOf(ids['kasiA1.account']!)).length;
    const res = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff3}/placements`, payload: { jabatanId: ids.jStaffA1, validFrom: '2026-03-02' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().chain.pejabatPenilai.id, ids.kasiA1);
    assert.deepEqual((await notificationsOf(ids['staff3.account']!)).map((n) => n.title), ['Rantai penilai Anda berubah']);
    const kasiTold = await notificationsOf(ids['kasiA1.account']!);
    assert.equal(kasiTold.length, kasiToldBefore + 1);
    assert.ok(kasiTold.every((n) => n.title === 'Pegawai yang Anda nilai berubah'));
    const changed = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'organisation.chains_changed').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    assert.equal(changed.data.cause, 'pegawai.transferred');
    assert.deepEqual((changed.data.changes as unknown[][]).find((row) => row[0] === ids.staff3)?.[2], [ids.kasiA1, ids.kasiA1, ids.kabidA]);
  });

  test('when a head post has a definitive holder, then a second definitive holder or a Plt is refused (409) until the holder’s absence is recorded', async () => {
    const before = await writes();
    const second = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff4}/placements`, payload: { jabatanId: ids.jKasiA1, validFrom: '2026-03-02' } });
    assert.equal(second.statusCode, 409);
    assert.match(second.json().error.details[0].reason, /sudah dipangku definitif oleh Kasi A1 Uji/);
    const plt = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff4}/placements`, payload: { jabatanId: ids.jKasiA1, validFrom: '2026-03-02', acting: true } });
    assert.equal(plt.statusCode, 409);
    assert.deepEqual(await writes(), before);

    const absence = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.kasiA1}/absences`, payload: { reason: 'Cuti melahirkan istri / cuti besar', validFrom: '2026-03-01', validTo: '2026-05-31' } });
    assert.equal(absence.statusCode, 200);
    assert.ok(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'pegawai.absence_recorded').where('entity_id', '=', ids.kasiA1!).executeTakeFirst());
    const pltNow = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff4}/placements`, payload: { jabatanId: ids.jKasiA1, validFrom: '2026-03-02', acting: true } });
    assert.equal(pltNow.statusCode, 200);
  });

  test('when the head post is vacant, then a Plt is taken', async () => {
    const res = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.kabidB}/placements`, payload: { jabatanId: ids.jKasiA2, validFrom: '2026-03-02', acting: true } });
    assert.equal(res.statusCode, 200);
  });

  test('when a definitive holder is placed from a later date, then a second definitive holder from an earlier date is refused (409): they would hold the post together', async () => {
    const later = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff3}/placements`, payload: { jabatanId: ids.jKasiA2, validFrom: '2026-06-01' } });
    assert.equal(later.statusCode, 200, later.body);
    const before = await writes();
    const earlier = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff2}/placements`, payload: { jabatanId: ids.jKasiA2, validFrom: '2026-04-01' } });
    assert.equal(earlier.statusCode, 409);
    assert.match(earlier.json().error.details[0].reason, /sudah dipangku definitif oleh Staf Tiga/);
    assert.deepEqual(await writes(), before);
  });
});
