// domain.md §3.3 — Predikat Kinerja Pegawai, the 3×3 "kuadran kinerja" matrix (PermenPANRB 6/2022):
// | Rating Hasil Kerja ↓ / Rating Perilaku → | Di Bawah Ekspektasi | Sesuai Ekspektasi | Di Atas Ekspektasi |
// |---|---|---|---|
// | Di Atas Ekspektasi  | Kurang/Misconduct | Baik            | Sangat Baik     |
// | Sesuai Ekspektasi   | Kurang/Misconduct | Baik            | Baik            |
// | Di Bawah Ekspektasi | Sangat Kurang     | Butuh Perbaikan | Butuh Perbaikan |
// "Ordered scale (best→worst): Sangat Baik > Baik > Butuh Perbaikan > Kurang/Misconduct > Sangat Kurang"
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  isPredikat,
  isRating,
  predikat,
  predikatLabel,
  predikatOrder,
  ratingLabel,
  ratings,
  type Predikat,
  type Rating,
} from './predikat';
import { orgPredikatToRating } from './org-predikat';

describe('predikat — every cell of the kuadran kinerja', () => {
  const matrix: [hasilKerja: Rating, perilaku: Rating, expected: Predikat][] = [
    ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
  ];
  for (const [hasilKerja, perilaku, expected] of matrix) {
    test(`when hasil kerja is ${ratingLabel[hasilKerja]} and perilaku ${ratingLabel[perilaku]}, then ${predikatLabel[expected]}`, () => {
      assert.equal(predikat(hasilKerja, perilaku), expected);
    });
  }

  test('when the table is walked, then it has exactly nine cells and Sangat Baik only at (Di Atas, Di Atas)', () => {
    assert.equal(matrix.length, ratings.length * ratings.length);
    const sangatBaik = ratings.flatMap((h) => ratings.filter((p) => predikat(h, p) === 'SANGAT_BAIK').map((p) => [h, p]));
    assert.deepEqual(sangatBaik, [['DI_ATAS', 'DI_ATAS']]);
  });

  test('when perilaku is below expectation and results are at or above it, then Kurang/Misconduct (behaviour caps it)', () => {
    assert.equal(predikat('DI_ATAS', 'DI_BAWAH'), 'KURANG');
    assert.equal(predikat('SESUAI', 'DI_BAWAH'), 'KURANG');
  });

  test('when a rating is not one of the three levels, then RangeError', () => {
    assert.throws(() => predikat('BAGUS' as Rating, 'SESUAI'), RangeError);
    assert.throws(() => predikat('SESUAI', 'toString' as Rating), RangeError);
  });
});

describe('predikat — scale and labels', () => {
  test('when predikat are listed, then best → worst as on the curve axis', () => {
    assert.deepEqual(predikatOrder, ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
    assert.deepEqual(
      predikatOrder.map((p) => predikatLabel[p]),
      ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang'],
    );
  });

  test('when ratings are listed, then best → worst with their Indonesian labels', () => {
    assert.deepEqual(
      ratings.map((r) => ratingLabel[r]),
      ['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi'],
    );
  });

  test('when stored text is checked, then only the codes are ratings or predikat', () => {
    assert.ok(isRating('SESUAI'));
    assert.ok(!isRating('Sesuai Ekspektasi'));
    assert.ok(isPredikat('KURANG'));
    assert.ok(!isPredikat('CUKUP'));
    assert.ok(!isPredikat(undefined));
  });
});

// domain.md §3.4: "Apabila pimpinan organisasi adalah pegawai yang dievaluasi, maka capaian kinerja satuan
// organisasi yang dipimpin ditetapkan sebagai rating hasil kerja" — "Likely Istimewa→Di Atas, Baik→Sesuai,
// Butuh Perbaikan/Kurang/Sangat Kurang→Di Bawah (unconfirmed)".
describe('orgPredikatToRating', () => {
  test('when a unit head is rated, then the default rating hasil kerja follows the unit predikat', () => {
    assert.deepEqual(orgPredikatToRating, {
      ISTIMEWA: 'DI_ATAS',
      BAIK: 'SESUAI',
      BUTUH_PERBAIKAN: 'DI_BAWAH',
      KURANG: 'DI_BAWAH',
      SANGAT_KURANG: 'DI_BAWAH',
    });
  });

  test('when a head of an Istimewa unit behaves as expected, then the default predikat is Baik', () => {
    assert.equal(predikat(orgPredikatToRating.ISTIMEWA, 'SESUAI'), 'BAIK');
    assert.equal(predikat(orgPredikatToRating.ISTIMEWA, 'DI_ATAS'), 'SANGAT_BAIK');
  });
});
