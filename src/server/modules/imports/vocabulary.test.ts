// Issue #16 point 2: an imported eselon V post makes nobody a penilai by itself — eselon V was
// abolished (its posts are pelaksana now), so it is read as PELAKSANA, not as Pengawas.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jenisJabatanOf } from './vocabulary';

describe('jenis jabatan from an eselon', () => {
  test('when the cell says eselon V (V, V.a, ESELON V, 51, 52), then the post is PELAKSANA, not Pengawas', () => {
    for (const cell of ['V', 'V.a', 'ESELON V', 'eselon_v', '5', '51', '52']) assert.deepEqual(jenisJabatanOf(cell), { ok: true, value: 'PELAKSANA' }, cell);
  });

  test('when the cell says eselon IV, III or II, then the post is Pengawas, Administrator or JPT as before', () => {
    assert.deepEqual(jenisJabatanOf('IV.a'), { ok: true, value: 'PENGAWAS' });
    assert.deepEqual(jenisJabatanOf('41'), { ok: true, value: 'PENGAWAS' });
    assert.deepEqual(jenisJabatanOf('III.b'), { ok: true, value: 'ADMINISTRATOR' });
    assert.deepEqual(jenisJabatanOf('II'), { ok: true, value: 'JPT' });
  });

  test('when the cell is a name on Object.prototype, then it is not a known jenis', () => {
    for (const cell of ['constructor', '__proto__', 'toString']) assert.equal(jenisJabatanOf(cell).ok, false, cell);
  });
});
