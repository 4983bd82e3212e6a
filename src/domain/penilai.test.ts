// domain.md §1.3 "Actors":
// | Pejabat Penilai Kinerja | "atasan langsung PNS yang dinilai dengan ketentuan paling rendah pejabat
// |   pengawas atau pejabat lain yang diberi pendelegasian kewenangan" |
// | Atasan Pejabat Penilai Kinerja | "atasan langsung dari Pejabat Penilai Kinerja" |
// Design rule: resolve penilai from the org chart but allow override by admin, because "data atasan
// salah" is the #1 e-Kinerja complaint. For schools: guru → kepala sekolah.
// design.md "Organisation rules": atasan langsung defaults to the head of the pegawai's unit (or of
// the unit above, for the head), overridable per person with a reason and dates; pejabat penilai is
// the nearest atasan at Pengawas level or above; atasan pejabat penilai is the penilai's penilai;
// acting heads (Plt) are recorded as such. For a Kepala Dinas the default is penilai = Sekretaris
// Daerah, atasan penilai = Wali Kota (common practice, configurable). The Wali Kota and Wakil are
// officials without a NIP.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { JenisJabatan } from './jabatan';
import {
  buildOrgView,
  resolveChain,
  type AtasanOverride,
  type ChainLink,
  type OrgInput,
  type OrgUnit,
  type Placement,
  type PenilaiChain,
} from './penilai';

const DATE = '2026-03-15';
const WALI_KOTA = { officialId: 'walikota', name: 'Wali Kota Solok' };

const unit = (id: string, parentId: string | null, isOpd = false): OrgUnit => ({ id, parentId, name: `Unit ${id}`, isOpd });
const post = (pegawaiId: string, unitId: string, jenis: JenisJabatan, isHead = false, acting = false): Placement => ({
  pegawaiId,
  unitId,
  jenis,
  isHead,
  acting,
});
const override = (pegawaiId: string, atasanPegawaiId: string, validFrom = '2026-01-01', validUntil: string | null = null): AtasanOverride => ({
  pegawaiId,
  atasanPegawaiId,
  reason: 'SK penugasan koordinator',
  validFrom,
  validUntil,
});

// A slice of Pemerintah Kota Solok: the root has no head (the Wali Kota is an official, not a placement).
const units: OrgUnit[] = [
  unit('kota', null),
  unit('setda', 'kota', true),
  unit('dinkes', 'kota', true),
  unit('dinkes-sekretariat', 'dinkes'),
  unit('subbag-umum', 'dinkes-sekretariat'),
  unit('bidang-yankes', 'dinkes'),
  unit('puskesmas', 'dinkes'),
  unit('disdik', 'kota', true),
  unit('bidang-sd', 'disdik'),
  unit('sdn-01', 'bidang-sd'),
  unit('sdn-02', 'bidang-sd'),
  unit('dishub', 'kota', true),
  unit('dishub-sekretariat', 'dishub'),
  unit('bidang-lalin', 'dishub'),
  unit('seksi-lalin', 'bidang-lalin'),
  unit('kec-lubuk-sikarah', 'kota', true),
  unit('kel-tanah-garam', 'kec-lubuk-sikarah'),
];

const placements: Placement[] = [
  post('sekda', 'setda', 'JPT', true),
  post('kadinkes', 'dinkes', 'JPT', true),
  post('sekdis', 'dinkes-sekretariat', 'ADMINISTRATOR', true),
  post('kasubbag', 'subbag-umum', 'PENGAWAS', true),
  post('staf', 'subbag-umum', 'PELAKSANA'),
  post('koordinator', 'subbag-umum', 'PELAKSANA'),
  post('staf-dikoordinasi', 'subbag-umum', 'PELAKSANA'),
  post('kabid-yankes', 'bidang-yankes', 'ADMINISTRATOR', true),
  post('plt-yankes', 'bidang-yankes', 'ADMINISTRATOR', true, true),
  post('plt-yankes', 'subbag-umum', 'PENGAWAS'),
  post('staf-yankes', 'bidang-yankes', 'PELAKSANA'),
  // Kepala puskesmas and kepala sekolah are Fungsional: they rate because BKPSDM delegated it to their posts.
  { ...post('kapus', 'puskesmas', 'FUNGSIONAL', true), delegated: true },
  post('perawat', 'puskesmas', 'FUNGSIONAL'),
  post('kadisdik', 'disdik', 'JPT', true),
  post('kabid-sd', 'bidang-sd', 'ADMINISTRATOR', true),
  { ...post('kepsek', 'sdn-01', 'FUNGSIONAL', true), delegated: true },
  post('guru', 'sdn-01', 'FUNGSIONAL'),
  // A guru of SDN 01 is Plt kepala sekolah of SDN 02, whose kepala sekolah post is vacant.
  post('guru-plt', 'sdn-01', 'FUNGSIONAL'),
  { ...post('guru-plt', 'sdn-02', 'FUNGSIONAL', true, true), delegated: true },
  post('guru-sdn-02', 'sdn-02', 'FUNGSIONAL'),
  // Kepala Dinas Perhubungan is vacant; the Kabid Lalu Lintas is Plt. Seksi Lalu Lintas has no Kasi.
  post('sekdis-dishub', 'dishub-sekretariat', 'ADMINISTRATOR', true),
  post('kabid-lalin', 'bidang-lalin', 'ADMINISTRATOR', true),
  post('kabid-lalin', 'dishub', 'JPT', true, true),
  post('staf-lalin', 'seksi-lalin', 'PELAKSANA'),
  post('camat', 'kec-lubuk-sikarah', 'ADMINISTRATOR', true),
  post('lurah', 'kel-tanah-garam', 'PENGAWAS', true),
];

const baseInput: OrgInput = {
  date: DATE,
  units,
  placements,
  overrides: [override('staf-dikoordinasi', 'koordinator')],
  topOfChain: { sekdaPegawaiId: 'sekda', waliKota: WALI_KOTA },
};

function chainOf(pegawaiId: string, changes: Partial<OrgInput> = {}): PenilaiChain {
  return resolveChain(buildOrgView({ ...baseInput, ...changes }), pegawaiId);
}

/** "who (how, from which unit, atasan of whom)" — short enough to compare a whole chain in one line. */
function describeLink(link: ChainLink | null): string | null {
  if (!link) return null;
  if (link.kind === 'OFFICIAL') return `${link.officialId} (${link.source}, of ${link.atasanOf})`;
  return `${link.pegawaiId} (${link.source}${link.acting ? ' Plt' : ''} ${link.unitId}, of ${link.atasanOf})`;
}

function roles(chain: PenilaiChain): (string | null)[] {
  return [describeLink(chain.atasanLangsung), describeLink(chain.pejabatPenilai), describeLink(chain.atasanPejabatPenilai)];
}

function assertComplete(chain: PenilaiChain): void {
  assert.deepEqual(chain.problems, []);
  assert.equal(chain.complete, true);
}

describe('resolveChain — from the org chart', () => {
  test('when a Pelaksana works in a Subbag, then the Kasubbag (Pengawas) is atasan and penilai, the Sekretaris (Administrator) atasan penilai', () => {
    const chain = chainOf('staf');
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'kasubbag (UNIT_HEAD subbag-umum, of staf)',
      'kasubbag (UNIT_HEAD subbag-umum, of staf)',
      'sekdis (PARENT_UNIT_HEAD dinkes-sekretariat, of kasubbag)',
    ]);
  });

  test('when the pegawai heads a sub-unit (a Pengawas), then the head of the parent unit is atasan and penilai', () => {
    const chain = chainOf('kasubbag');
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'sekdis (PARENT_UNIT_HEAD dinkes-sekretariat, of kasubbag)',
      'sekdis (PARENT_UNIT_HEAD dinkes-sekretariat, of kasubbag)',
      'kadinkes (PARENT_UNIT_HEAD dinkes, of sekdis)',
    ]);
  });

  test('when the pegawai is an Administrator under a Kepala Dinas, then the Kepala Dinas rates and the Sekda is atasan penilai', () => {
    const chain = chainOf('sekdis');
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'kadinkes (PARENT_UNIT_HEAD dinkes, of sekdis)',
      'kadinkes (PARENT_UNIT_HEAD dinkes, of sekdis)',
      'sekda (SEKDA_DEFAULT setda, of kadinkes)',
    ]);
  });

  test('when the own unit head post is vacant, then it is skipped upward to the next unit with a head', () => {
    const chain = chainOf('staf-lalin');
    assertComplete(chain);
    assert.deepEqual(roles(chain).slice(0, 2), [
      'kabid-lalin (PARENT_UNIT_HEAD bidang-lalin, of staf-lalin)',
      'kabid-lalin (PARENT_UNIT_HEAD bidang-lalin, of staf-lalin)',
    ]);
  });

  test('when a head post has no definitive holder but a Plt, then the Plt is the head and the link is flagged acting', () => {
    const chain = chainOf('sekdis-dishub');
    assertComplete(chain);
    assert.equal(chain.atasanLangsung?.kind === 'PEGAWAI' && chain.atasanLangsung.acting, true);
    assert.deepEqual(roles(chain), [
      'kabid-lalin (PARENT_UNIT_HEAD Plt dishub, of sekdis-dishub)',
      'kabid-lalin (PARENT_UNIT_HEAD Plt dishub, of sekdis-dishub)',
      // Above the Plt Kepala Dinas the walk meets the Plt again (already in the chain), so it goes on up.
      'sekda (SEKDA_DEFAULT setda, of kabid-lalin)',
    ]);
  });

  test('when the Plt of the unit above is the pegawai themselves, then they are skipped and never their own atasan', () => {
    const chain = chainOf('kabid-lalin');
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'sekda (SEKDA_DEFAULT setda, of kabid-lalin)',
      'sekda (SEKDA_DEFAULT setda, of kabid-lalin)',
      'walikota (WALI_KOTA_DEFAULT, of sekda)',
    ]);
  });

  test('when a unit has both a definitive head and a Plt, then the definitive head is the head, whatever the row order', () => {
    for (const order of [placements, [...placements].reverse()]) {
      const chain = chainOf('staf-yankes', { placements: order });
      assert.equal(describeLink(chain.atasanLangsung), 'kabid-yankes (UNIT_HEAD bidang-yankes, of staf-yankes)');
    }
  });

  test('when a guru is rated, then the kepala sekolah (a Fungsional unit head with a delegation) is atasan and penilai, the Kabid atasan penilai', () => {
    const chain = chainOf('guru');
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'kepsek (UNIT_HEAD sdn-01, of guru)',
      'kepsek (UNIT_HEAD sdn-01, of guru)',
      'kabid-sd (PARENT_UNIT_HEAD bidang-sd, of kepsek)',
    ]);
  });

  test('when a guru is Plt kepala sekolah elsewhere, then he rates the guru there, and his own chain follows his definitive post', () => {
    assert.deepEqual(roles(chainOf('guru-sdn-02')), [
      'guru-plt (UNIT_HEAD Plt sdn-02, of guru-sdn-02)',
      'guru-plt (UNIT_HEAD Plt sdn-02, of guru-sdn-02)',
      'kabid-sd (PARENT_UNIT_HEAD bidang-sd, of guru-plt)',
    ]);
    assert.equal(describeLink(chainOf('guru-plt').atasanLangsung), 'kepsek (UNIT_HEAD sdn-01, of guru-plt)');
  });

  test('when a perawat is rated, then the kepala puskesmas (Fungsional head, delegated authority) is penilai', () => {
    const chain = chainOf('perawat');
    assertComplete(chain);
    assert.equal(describeLink(chain.pejabatPenilai), 'kapus (UNIT_HEAD puskesmas, of perawat)');
    assert.equal(describeLink(chain.atasanPejabatPenilai), 'kadinkes (PARENT_UNIT_HEAD dinkes, of kapus)');
  });

  test('when the kepala sekolah post has no delegation recorded, then the kepala sekolah is atasan but not penilai: the Kabid rates the guru', () => {
    const withoutDelegation = placements.map((p) => (p.pegawaiId === 'kepsek' ? { ...p, delegated: false } : p));
    const chain = chainOf('guru', { placements: withoutDelegation });
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'kepsek (UNIT_HEAD sdn-01, of guru)',
      'kabid-sd (PARENT_UNIT_HEAD bidang-sd, of kepsek)',
      'kadisdik (PARENT_UNIT_HEAD disdik, of kabid-sd)',
    ]);
  });

  test('when a unit is headed by a Pelaksana post (or an imported eselon V post), then its head is atasan langsung but penilai is the nearest Pengawas above', () => {
    const extra = [unit('tim-arsip', 'subbag-umum')];
    const people = [...placements, post('ketua-tim', 'tim-arsip', 'PELAKSANA', true), post('arsiparis', 'tim-arsip', 'PELAKSANA')];
    const chain = chainOf('arsiparis', { units: [...units, ...extra], placements: people });
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'ketua-tim (UNIT_HEAD tim-arsip, of arsiparis)',
      'kasubbag (PARENT_UNIT_HEAD subbag-umum, of ketua-tim)',
      'sekdis (PARENT_UNIT_HEAD dinkes-sekretariat, of kasubbag)',
    ]);
    // …and the Pelaksana head's own staff appear in nobody's "rated by ketua-tim" list.
    assert.notEqual(describeLink(chain.pejabatPenilai)?.startsWith('ketua-tim'), true);
  });

  test('when BKPSDM delegated penilai authority to the Pelaksana head post, then that head rates the unit', () => {
    const extra = [unit('tim-arsip', 'subbag-umum')];
    const people = [...placements, { ...post('ketua-tim', 'tim-arsip', 'PELAKSANA', true), delegated: true }, post('arsiparis', 'tim-arsip', 'PELAKSANA')];
    assert.equal(describeLink(chainOf('arsiparis', { units: [...units, ...extra], placements: people }).pejabatPenilai), 'ketua-tim (UNIT_HEAD tim-arsip, of arsiparis)');
  });

  test('when a Kepala Dinas (JPT heading an OPD) is rated, then the Sekda is atasan and penilai and the Wali Kota atasan penilai', () => {
    const chain = chainOf('kadinkes');
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'sekda (SEKDA_DEFAULT setda, of kadinkes)',
      'sekda (SEKDA_DEFAULT setda, of kadinkes)',
      'walikota (WALI_KOTA_DEFAULT, of sekda)',
    ]);
    assert.deepEqual(chain.atasanPejabatPenilai, { kind: 'OFFICIAL', officialId: 'walikota', name: 'Wali Kota Solok', source: 'WALI_KOTA_DEFAULT', atasanOf: 'sekda' });
  });

  test('when OPD heads are configured to answer to the Wali Kota, then a Kepala Dinas has the Wali Kota in all three roles', () => {
    const chain = chainOf('kadisdik', { topOfChain: { sekdaPegawaiId: 'sekda', waliKota: WALI_KOTA, opdHeadsReportTo: 'WALI_KOTA' } });
    assertComplete(chain);
    assert.deepEqual(roles(chain), Array(3).fill('walikota (WALI_KOTA_DEFAULT, of kadisdik)'));
  });

  test('when a Lurah (Pengawas) is rated, then the Camat rates him; the Camat (Administrator heading an OPD) answers to the Sekda', () => {
    assert.deepEqual(roles(chainOf('lurah')), [
      'camat (PARENT_UNIT_HEAD kec-lubuk-sikarah, of lurah)',
      'camat (PARENT_UNIT_HEAD kec-lubuk-sikarah, of lurah)',
      'sekda (SEKDA_DEFAULT setda, of camat)',
    ]);
    assert.deepEqual(roles(chainOf('camat')).slice(0, 2), Array(2).fill('sekda (SEKDA_DEFAULT setda, of camat)'));
  });

  test('when the Sekretaris Daerah is rated, then the Wali Kota is atasan, penilai and atasan penilai', () => {
    const chain = chainOf('sekda');
    assertComplete(chain);
    assert.deepEqual(roles(chain), Array(3).fill('walikota (WALI_KOTA_DEFAULT, of sekda)'));
  });
});

describe('resolveChain — overrides by BKPSDM', () => {
  test('when an override names a Pelaksana coordinator (not a head), then he is atasan and the penilai is found above him', () => {
    const chain = chainOf('staf-dikoordinasi');
    assertComplete(chain);
    assert.deepEqual(roles(chain), [
      'koordinator (OVERRIDE subbag-umum, of staf-dikoordinasi)',
      'kasubbag (UNIT_HEAD subbag-umum, of koordinator)',
      'sekdis (PARENT_UNIT_HEAD dinkes-sekretariat, of kasubbag)',
    ]);
    assert.equal(chain.atasanLangsung?.kind === 'PEGAWAI' && chain.atasanLangsung.overrideReason, 'SK penugasan koordinator');
  });

  test('when the date is inside the override dates (both ends inclusive), then the override wins over the unit head', () => {
    for (const date of ['2026-02-01', DATE, '2026-06-30']) {
      const chain = chainOf('staf', { date, overrides: [override('staf', 'sekdis', '2026-02-01', '2026-06-30')] });
      assert.equal(describeLink(chain.atasanLangsung), 'sekdis (OVERRIDE dinkes-sekretariat, of staf)', date);
    }
  });

  test('when the date is before or after the override dates, then the override is ignored (buildOrgView filters by date)', () => {
    for (const date of ['2026-01-31', '2026-07-01']) {
      const chain = chainOf('staf', { date, overrides: [override('staf', 'sekdis', '2026-02-01', '2026-06-30')] });
      assert.equal(describeLink(chain.atasanLangsung), 'kasubbag (UNIT_HEAD subbag-umum, of staf)', date);
    }
  });

  test('when two overrides are valid on the date, then the one that took effect last wins', () => {
    const overrides = [override('staf', 'kadinkes', '2026-03-01'), override('staf', 'sekdis', '2026-01-01')];
    assert.equal(describeLink(chainOf('staf', { overrides }).atasanLangsung), 'kadinkes (OVERRIDE dinkes, of staf)');
  });

  test('when overrides form a cycle (A → B → A), then the chain is incomplete with ATASAN_CYCLE and the walk stops', () => {
    const chain = chainOf('staf', { overrides: [override('staf', 'koordinator'), override('koordinator', 'staf')] });
    assert.equal(chain.complete, false);
    assert.deepEqual(chain.problems.map(({ link, code, atasanOf }) => ({ link, code, atasanOf })), [
      { link: 'PEJABAT_PENILAI', code: 'ATASAN_CYCLE', atasanOf: 'koordinator' },
    ]);
    assert.match(chain.problems[0]?.message ?? '', /staf → koordinator → staf/);
    assert.equal(describeLink(chain.atasanLangsung), 'koordinator (OVERRIDE subbag-umum, of staf)');
    assert.equal(chain.pejabatPenilai, null);
  });

  test('when an override names the pegawai themselves, then it is a cycle on the atasan langsung', () => {
    const chain = chainOf('staf', { overrides: [override('staf', 'staf')] });
    assert.deepEqual(chain.problems.map(({ link, code }) => [link, code]), [['ATASAN_LANGSUNG', 'ATASAN_CYCLE']]);
    assert.equal(chain.atasanLangsung, null);
  });

  test('when the penilai has an override back down to the pegawai, then the atasan penilai is the missing link', () => {
    const chain = chainOf('staf', { overrides: [override('kasubbag', 'staf')] });
    assert.equal(chain.complete, false);
    assert.deepEqual(chain.problems.map(({ link, code }) => [link, code]), [['ATASAN_PEJABAT_PENILAI', 'ATASAN_CYCLE']]);
    assert.equal(describeLink(chain.pejabatPenilai), 'kasubbag (UNIT_HEAD subbag-umum, of staf)');
  });

  test('when an override names someone without a post on the date, then it is OVERRIDE_TARGET_NOT_PLACED', () => {
    const chain = chainOf('staf', { overrides: [override('staf', 'pensiunan')] });
    assert.deepEqual(chain.problems.map(({ link, code }) => [link, code]), [['ATASAN_LANGSUNG', 'OVERRIDE_TARGET_NOT_PLACED']]);
  });
});

describe('resolveChain — incomplete chains', () => {
  test('when no unit up the tree has a head, then the chain is incomplete with NO_HEAD_ABOVE', () => {
    const chain = resolveChain(
      buildOrgView({ ...baseInput, units: [unit('upt', null), unit('upt-seksi', 'upt')], placements: [post('staf-upt', 'upt-seksi', 'PELAKSANA')] }),
      'staf-upt',
    );
    assert.equal(chain.complete, false);
    assert.deepEqual(chain.problems.map(({ link, code, atasanOf }) => [link, code, atasanOf]), [['ATASAN_LANGSUNG', 'NO_HEAD_ABOVE', 'staf-upt']]);
    assert.match(chain.problems[0]?.message ?? '', /Tidak ada kepala unit/);
  });

  test('when no Sekda is configured, then a Kepala Dinas lacks an atasan and his Administrator lacks an atasan penilai', () => {
    const topOfChain = { sekdaPegawaiId: null, waliKota: WALI_KOTA };
    assert.deepEqual(chainOf('kadinkes', { topOfChain }).problems.map(({ link, code }) => [link, code]), [['ATASAN_LANGSUNG', 'SEKDA_NOT_SET']]);
    const chain = chainOf('sekdis', { topOfChain });
    assert.deepEqual(chain.problems.map(({ link, code, atasanOf }) => [link, code, atasanOf]), [['ATASAN_PEJABAT_PENILAI', 'SEKDA_NOT_SET', 'kadinkes']]);
    assert.equal(describeLink(chain.pejabatPenilai), 'kadinkes (PARENT_UNIT_HEAD dinkes, of sekdis)');
  });

  test('when no Wali Kota is configured, then the Sekda has no atasan (WALI_KOTA_NOT_SET)', () => {
    const chain = chainOf('sekda', { topOfChain: { sekdaPegawaiId: 'sekda', waliKota: null } });
    assert.deepEqual(chain.problems.map(({ link, code }) => [link, code]), [['ATASAN_LANGSUNG', 'WALI_KOTA_NOT_SET']]);
  });

  test('when the pegawai has no post on the date, then it is NOT_PLACED', () => {
    assert.deepEqual(chainOf('tidak-ada').problems.map(({ link, code }) => [link, code]), [['ATASAN_LANGSUNG', 'NOT_PLACED']]);
  });

  test('when the unit tree loops or names a missing unit, then it is UNIT_TREE_BROKEN, not a hang', () => {
    const looping = buildOrgView({ ...baseInput, units: [unit('a', 'b'), unit('b', 'a')], placements: [post('x', 'a', 'PELAKSANA')] });
    assert.equal(resolveChain(looping, 'x').problems[0]?.code, 'UNIT_TREE_BROKEN');
    const dangling = buildOrgView({ ...baseInput, units: [unit('a', 'hilang')], placements: [post('x', 'a', 'PELAKSANA')] });
    assert.equal(resolveChain(dangling, 'x').problems[0]?.code, 'UNIT_TREE_BROKEN');
  });

  test('when the chain is 50,000 units deep or 50,000 overrides long, then it resolves without recursion', () => {
    const depth = 50_000;
    const deepUnits = [unit('u0', null), ...Array.from({ length: depth }, (_, i) => unit(`u${i + 1}`, `u${i}`))];
    const deep = buildOrgView({ ...baseInput, units: deepUnits, placements: [post('top', 'u0', 'PENGAWAS', true), post('x', `u${depth}`, 'PELAKSANA')] });
    assert.equal(resolveChain(deep, 'x').pejabatPenilai?.source, 'PARENT_UNIT_HEAD');

    const people = Array.from({ length: depth }, (_, i) => post(`p${i}`, 'subbag-umum', 'PELAKSANA'));
    const overrides = people.slice(1).map((p, i) => override(p.pegawaiId, `p${i}`));
    const chain = chainOf(`p${depth - 1}`, { placements: [...placements, ...people], overrides: [...overrides, override('p0', `p${depth - 1}`)] });
    assert.equal(chain.problems[0]?.code, 'ATASAN_CYCLE');
    assert.match(chain.problems[0]?.message ?? '', /p49999 → p49998 → p49997 → p49996 → … → p0 → p49999/);
  });
});

describe('buildOrgView', () => {
  test('when the date is not YYYY-MM-DD, then it throws RangeError', () => {
    assert.throws(() => buildOrgView({ ...baseInput, date: '15/03/2026' }), RangeError);
  });
});
