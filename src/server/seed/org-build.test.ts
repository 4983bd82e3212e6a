import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatNip, parseNip } from '../../domain/nip';
import { demoAccounts, demoLogins } from './demo-accounts';
import { buildOrganisation } from './org-build';
import { nipProblem } from './people';

const org = buildOrganisation(demoAccounts);
const current = org.placements.filter((p) => p.validTo === null && !p.acting);
const unitOf = (jabatanKey: string) => jabatanKey.slice(0, jabatanKey.indexOf('|'));
const headKeys = new Set(org.jabatan.filter((j) => j.isHead).map((j) => j.key));

describe('the demo organisation of Kota Solok', () => {
  test('when built twice, then it is the same organisation (seeded PRNG, no clock)', () => {
    assert.deepEqual(buildOrganisation(demoAccounts), org);
  });

  test('when the pegawai are listed, then there are a few hundred with about 15% PPPK', () => {
    const pppk = org.pegawai.filter((p) => p.jenisAsn === 'PPPK').length;
    assert.ok(org.pegawai.length >= 400 && org.pegawai.length <= 700, `${org.pegawai.length} pegawai`);
    assert.ok(pppk / org.pegawai.length >= 0.12 && pppk / org.pegawai.length <= 0.2, `${pppk} PPPK`);
  });

  test('when the NIPs are read, then each is unique, valid, and agrees with birth date and sex', () => {
    assert.equal(new Set(org.pegawai.map((p) => p.nip)).size, org.pegawai.length);
    for (const p of org.pegawai) {
      assert.equal(nipProblem(p.nip, p.jenisAsn), null, p.nip);
      assert.equal(p.nip.slice(0, 8), p.birthDate.replaceAll('-', ''), p.nip);
      assert.equal(p.nip[14] === '1' ? 'L' : 'P', p.sex, p.nip);
    }
  });

  test('when a demo NI PPPK is read, then it looks as BKN prints it (YYYYMMDD YYYY 21 S NNN) and the domain parser accepts it', () => {
    const pppk = org.pegawai.filter((p) => p.jenisAsn === 'PPPK');
    assert.ok(pppk.length > 0);
    for (const p of pppk) {
      assert.match(formatNip(p.nip, 'PPPK'), /^\d{8} \d{4} 21 [12] \d{3}$/, p.nip);
      assert.ok(parseNip(p.nip, 'PPPK', '2026-12-31').ok, p.nip);
    }
  });

  test('when the units are listed, then every OPD of the contract and all 13 kelurahan are there', () => {
    const names = new Set(org.units.map((u) => u.name));
    for (const name of ['Sekretariat Daerah', 'Sekretariat DPRD', 'Inspektorat', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Dinas Pendidikan dan Kebudayaan',
      'Dinas Kesehatan', 'Dinas Perhubungan', 'RSUD Kota Solok', 'Kecamatan Lubuk Sikarah', 'Kecamatan Tanjung Harapan', 'Puskesmas Tanah Garam', 'SD Negeri 01 Kota Solok']) {
      assert.ok(names.has(name), name);
    }
    const kelurahan = (kec: string) => org.units.filter((u) => u.kind === 'KELURAHAN' && u.parentCode === kec).length;
    assert.equal(kelurahan('KEC-LUBUKSIKARAH'), 7);
    assert.equal(kelurahan('KEC-TANJUNGHARAPAN'), 6);
  });

  test('when each unit is checked, then it has one head post, held except at the vacancy and the Plt', () => {
    const vacant = org.jabatan.filter((j) => j.isHead && !current.some((p) => p.jabatanKey === j.key)).map((j) => j.unitCode);
    assert.deepEqual(vacant.sort(), ['DINSOS-SEKR-SUBBAG2', 'DISPANGAN']);
    assert.ok(org.placements.some((p) => p.acting && p.jabatanKey === 'DISPANGAN|Kepala Dinas Pangan'));
    for (const u of org.units) assert.equal(org.jabatan.filter((j) => j.isHead && j.unitCode === u.code).length, 1, u.code);
  });

  test('when direct reports are counted, then the Kepala Puskesmas Tanah Garam has at least 20', () => {
    const staff = current.filter((p) => unitOf(p.jabatanKey) === 'PKM-TANAHGARAM' && !headKeys.has(p.jabatanKey));
    assert.ok(staff.length >= 20, `${staff.length}`);
    assert.ok(current.some((p) => p.nip === demoLogins.kapusTanahGaram && p.jabatanKey === 'PKM-TANAHGARAM|Kepala Puskesmas Tanah Garam'));
    assert.ok(staff.some((p) => p.nip === demoLogins.perawat));
  });

  test('when demo accounts are placed, then each NIP login holds exactly one current post and heads are ATASAN', () => {
    for (const account of demoAccounts.filter((a) => /^\d{18}$/.test(a.login))) {
      assert.equal(current.filter((p) => p.nip === account.login).length, 1, account.login);
      assert.equal(org.headNips.has(account.login), account.roles.includes('ATASAN'), `${account.login} ATASAN role vs head post`);
    }
  });

  test('when history is read, then mid-year transfers closed a post the day before the new one', () => {
    const closed = org.placements.filter((p) => p.validTo !== null);
    assert.ok(closed.length >= 3);
    for (const past of closed) assert.ok(current.some((p) => p.nip === past.nip && p.validFrom > past.validTo!), past.nip);
    assert.equal(org.overrides.length, 1);
  });
});
