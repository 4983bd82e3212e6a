import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../test/support/test-app';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

test('when BKPSDM opens the demo pohon kinerja of Dinas Pendidikan, then it runs IKU → Kepala Dinas → Kabid → staff and flags the unlinked RHK', async () => {
  const admin = await t.signIn('199001012015011001');
  const opd = await t.db.selectFrom('unit_kerja').select('id').where('code', '=', 'DISDIKBUD').executeTakeFirstOrThrow();
  const { year } = await t.db.selectFrom('performance_year').select('year').orderBy('year', 'desc').executeTakeFirstOrThrow();
  const res = await admin.request({ method: 'GET', url: `/api/pohon-kinerja?opdId=${opd.id}&year=${year}` });
  assert.equal(res.statusCode, 200);
  const tree = res.json();
  const aps = tree.roots.find((r: { text: string }) => r.text.includes('Angka partisipasi sekolah'));
  const kadis = aps.children[0];
  assert.match(kadis.owner, /Zulkifli/);
  assert.equal(kadis.children.length, 6, 'the Sekretaris and the five Kabid intervene the Kepala Dinas');
  const kabidSd = kadis.children.find((c: { text: string }) => c.text.includes('Pembinaan Sekolah Dasar'));
  assert.ok(kabidSd.children.length >= 3, 'the Bidang SD staff were cascaded');
  assert.equal(tree.unlinked.length, 1);
  assert.ok(tree.unlinked[0].flags.includes('UNLINKED'));
  assert.ok(tree.roots.some((r: { flags: string[] }) => r.flags.includes('UNSUPPORTED')), 'the cultural-heritage IKU has no RHK yet');
});
