import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreValues } from './berakhlak';

/*
 * domain.md §4 — Core Values BerAKHLAK: 7 values × 3 panduan perilaku = 21 guides, e.g.
 *   1 Berorientasi Pelayanan: "Memahami dan memenuhi kebutuhan masyarakat" …
 *   7 Kolaboratif: "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama"
 */
test('when the SKP lists perilaku kerja, then it has the seven BerAKHLAK values in order with three guides each', () => {
  assert.deepEqual(
    coreValues.map((v) => v.name),
    ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'],
  );
  assert.ok(coreValues.every((v) => v.guides.length === 3));
  assert.equal(coreValues[0].guides[0], 'Memahami dan memenuhi kebutuhan masyarakat');
  assert.equal(coreValues[6].guides[2], 'Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama');
  assert.equal(coreValues[1].guides[2], 'Tidak menyalahgunakan kewenangan jabatan');
});
