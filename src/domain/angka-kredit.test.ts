// domain.md §3.5 — Numeric values / conversions:
// | Angka Kredit JF (Peraturan BKN 3/2023) | % of annual koefisien AK by predikat: Sangat Baik 150%, Baik 100%,
// |   Butuh Perbaikan (Cukup) 75%, Kurang 50%, Sangat Kurang 25%. Formula: AK = %predikat × koefisien_AK_tahunan;
// |   periodic/partial: AK = (bulan/12) × %predikat × koefisien (e.g., Ahli Pertama koef 12,5: SB → 18,75;
// |   2 months Baik → 2,08) | cross-check: code table Pemula koef 3,75 → 5,63 / 3,75 / 2,81 / 1,88 / 0,94 |
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PERSENTASE_ANGKA_KREDIT, angkaKredit } from './angka-kredit';
import { predikatOrder, type Predikat } from './predikat';

describe('angkaKredit — the Peraturan BKN 3/2023 examples', () => {
  test('when an Ahli Pertama (koefisien 12,5) is Sangat Baik for the year, then AK = 150% × 12,5 = 18,75', () => {
    assert.equal(angkaKredit('SANGAT_BAIK', 12.5), 18.75);
    assert.equal(angkaKredit('SANGAT_BAIK', 12.5, 12), 18.75);
  });

  test('when an Ahli Pertama is Baik for 2 months, then AK = 2/12 × 100% × 12,5 = 2,0833 → 2,08', () => {
    assert.equal(angkaKredit('BAIK', 12.5, 2), 2.08);
  });

  test('when a Pemula (koefisien 3,75) gets each predikat, then 5,63 / 3,75 / 2,81 / 1,88 / 0,94', () => {
    assert.deepEqual(
      predikatOrder.map((p) => angkaKredit(p, 3.75)),
      [5.63, 3.75, 2.81, 1.88, 0.94],
    );
  });

  test('when the percentages are read, then SB 150, B 100, BP 75, K 50, SK 25', () => {
    assert.deepEqual(PERSENTASE_ANGKA_KREDIT, { SANGAT_BAIK: 150, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG: 50, SANGAT_KURANG: 25 });
  });
});

describe('angkaKredit — partial years and rounding', () => {
  test('when an Ahli Pertama is Baik for each month count, then the AK grows by 12,5/12 a month', () => {
    assert.deepEqual(
      [1, 3, 6, 9, 11, 12].map((bulan) => angkaKredit('BAIK', 12.5, bulan)),
      [1.04, 3.13, 6.25, 9.38, 11.46, 12.5],
    );
  });

  test('when the exact value ends in a half cent (3,75 × 25% = 0,9375 → 0,94; 12,5 × 3/12 = 3,125 → 3,13), then it rounds up', () => {
    assert.equal(angkaKredit('SANGAT_KURANG', 3.75), 0.94);
    assert.equal(angkaKredit('BAIK', 12.5, 3), 3.13);
  });
});

describe('angkaKredit — bad input', () => {
  test('when bulan is 0, 13 or not whole, then RangeError', () => {
    for (const bulan of [0, 13, 1.5, Number.NaN]) assert.throws(() => angkaKredit('BAIK', 12.5, bulan), RangeError, String(bulan));
  });

  test('when the koefisien is zero, negative or not finite, then RangeError', () => {
    for (const koefisien of [0, -12.5, Number.POSITIVE_INFINITY]) assert.throws(() => angkaKredit('BAIK', koefisien), RangeError);
  });

  test('when the predikat is not one of the five, then RangeError', () => {
    assert.throws(() => angkaKredit('CUKUP' as Predikat, 12.5), RangeError);
  });
});
