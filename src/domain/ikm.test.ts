// domain.md §8.1 — IKM / SKM, PermenPANRB 14/2017:
// - 9 unsur: U1 Persyaratan · U2 Sistem, Mekanisme, dan Prosedur · U3 Waktu Penyelesaian · U4 Biaya/Tarif ·
//   U5 Produk Spesifikasi Jenis Pelayanan · U6 Kompetensi Pelaksana · U7 Perilaku Pelaksana ·
//   U8 Penanganan Pengaduan, Saran dan Masukan · U9 Sarana dan Prasarana
// - Scale per item: 1 = Tidak baik/Tidak puas, 2 = Kurang baik, 3 = Baik, 4 = Sangat baik
// - NRR_i = Σ scores on unsur i / number of respondents answering i; weight per unsur = 1/9 = 0,111;
//   IKM (raw) = Σ (NRR_i × 0,111); IKM unit pelayanan = IKM (raw) × 25
// | Nilai persepsi | Interval konversi IKM | Mutu | Kinerja unit |
// | 1              | 25,00 – 64,99         | D    | Tidak Baik   |
// | 2              | 65,00 – 76,60         | C    | Kurang Baik  |
// | 3              | 76,61 – 88,30         | B    | Baik         |
// | 4              | 88,31 – 100,00        | A    | Sangat Baik  |
// The intervals are written to two decimals, so mutu is read on the index as printed (two decimals,
// half up): 64,999 prints 65,00 and is C (design.md, src/domain/ikm.ts contract).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IKM_WEIGHT_EXACT, IKM_WEIGHT_OFFICIAL, ikm, ikmFromTotals, ikmUnsur, mutuLabel, mutuOf, printedIndex, type Mutu } from './ikm';

/** n responses whose scores add up to `total` (first cells filled up to 4 first). */
function responsesTotalling(n: number, total: number): number[][] {
  const rows = Array.from({ length: n }, () => Array<number>(9).fill(1));
  let extra = total - 9 * n;
  for (const row of rows) {
    for (let unsur = 0; unsur < 9 && extra > 0; unsur += 1) {
      const add = Math.min(3, extra);
      row[unsur] = 1 + add;
      extra -= add;
    }
  }
  assert.equal(extra, 0);
  return rows;
}

/** 29 responses with the per-unsur counts of the GASPUL worked example (domain.md [S26]). */
function gaspulTriwulanIII(): number[][] {
  // [count of 4s, count of 3s, count of 2s] per unsur; totals 105 101 100 116 102 105 106 105 115 = 955.
  const perUnsur = [[18, 11, 0], [14, 15, 0], [15, 12, 2], [29, 0, 0], [15, 14, 0], [18, 11, 0], [19, 10, 0], [18, 11, 0], [28, 1, 0]];
  const columns = perUnsur.map(([fours = 0, threes = 0, twos = 0]) => [
    ...Array<number>(fours).fill(4),
    ...Array<number>(threes).fill(3),
    ...Array<number>(twos).fill(2),
  ]);
  return Array.from({ length: 29 }, (_, row) => columns.map((column) => column[row] ?? 0));
}

describe('ikm — worked example (29 respondents, Σ scores 955)', () => {
  test('when NRR is computed, then it is the mean per unsur (U1 = 105 / 29 = 3,6207)', () => {
    const { nrr } = ikm(gaspulTriwulanIII());
    assert.equal(nrr.length, 9);
    assert.deepEqual(nrr, [105, 101, 100, 116, 102, 105, 106, 105, 115].map((total) => total / 29));
    assert.equal(nrr[0]?.toFixed(4), '3.6207');
  });

  test('when the weight is the regulation\'s 0,111, then IKM = Σ NRR × 0,111 × 25 = 91,38 and mutu A', () => {
    const result = ikm(gaspulTriwulanIII());
    assert.ok(Math.abs(result.index - (955 / 29) * 0.111 * 25) < 1e-9);
    assert.equal(result.index.toFixed(2), '91.38');
    assert.equal(result.mutu, 'A');
    assert.deepEqual(ikm(gaspulTriwulanIII(), { weight: IKM_WEIGHT_OFFICIAL }), result);
  });

  test('when the weight is exactly 1/9, then IKM = 955 / (29 × 9) × 25 = 91,48 and mutu A', () => {
    const result = ikm(gaspulTriwulanIII(), { weight: IKM_WEIGHT_EXACT });
    assert.ok(Math.abs(result.index - (955 / 261) * 25) < 1e-9);
    assert.equal(result.index.toFixed(2), '91.48');
    assert.equal(result.mutu, 'A');
  });

  test('when every respondent gives 4 or 1, then the index is the end of the 25–100 scale', () => {
    const allFour = Array.from({ length: 3 }, () => Array<number>(9).fill(4));
    const allOne = Array.from({ length: 3 }, () => Array<number>(9).fill(1));
    assert.equal(ikm(allFour, { weight: IKM_WEIGHT_EXACT }).index, 100);
    assert.ok(Math.abs(ikm(allOne, { weight: IKM_WEIGHT_EXACT }).index - 25) < 1e-12);
    assert.ok(Math.abs(ikm(allFour).index - 99.9) < 1e-9); // 0,111 × 9 = 0,999
    assert.equal(ikm(allFour).mutu, 'A');
    assert.equal(ikm(allOne).mutu, 'D');
  });
});

describe('ikm — mutu boundaries, read on the printed index (two decimals, half up)', () => {
  // With 0,111 the index is 2,775 × Σ/n, with 1/9 it is 25/9 × Σ/n. Each case: the printed index and
  // its mutu, and one point less. A .xx5 index prints upwards (half up), so it takes the upper class.
  const cases: [string, number, number, number, string, Mutu, string, Mutu][] = [
    ['0,111', IKM_WEIGHT_OFFICIAL, 555, 17662, '88.31', 'A', '88.31', 'A'], // 88,31 / 88,305
    ['0,111', IKM_WEIGHT_OFFICIAL, 555, 17661, '88.31', 'A', '88.30', 'B'], // 88,305 / 88,30
    ['0,111', IKM_WEIGHT_OFFICIAL, 555, 15321, '76.61', 'B', '76.60', 'C'], // 76,605 / 76,60
    ['0,111', IKM_WEIGHT_OFFICIAL, 185, 4333, '65.00', 'C', '64.98', 'D'], // 64,995 / 64,98
    ['1/9', IKM_WEIGHT_EXACT, 43, 1367, '88.31', 'A', '88.24', 'B'], // 88,3075 / 88,243
    ['1/9', IKM_WEIGHT_EXACT, 19, 524, '76.61', 'B', '76.46', 'C'], // 76,6082 / 76,462
    ['1/9', IKM_WEIGHT_EXACT, 113, 2644, '65.00', 'C', '64.97', 'D'], // 64,99508 / 64,9705
  ];
  for (const [name, weight, n, total, printed, mutu, printedBelow, below] of cases) {
    test(`when ${n} responses totalling ${total} with weight ${name} print ${printed}, then ${mutu}; one point less prints ${printedBelow}, then ${below}`, () => {
      const at = ikm(responsesTotalling(n, total), { weight });
      assert.equal(printedIndex(at.index).toFixed(2), printed, `index ${at.index}`);
      assert.equal(at.mutu, mutu, `index ${at.index}`);
      const under = ikm(responsesTotalling(n, total - 1), { weight });
      assert.equal(printedIndex(under.index).toFixed(2), printedBelow, `index ${under.index}`);
      assert.equal(under.mutu, below, `index ${under.index}`);
    });
  }

  test('when the index is 64,999, then it prints 65,00 and is C (not D)', () => {
    assert.equal(printedIndex(64.999), 65);
    assert.equal(mutuOf(64.999), 'C');
  });

  test('when the index is on or around each lower bound, then mutu follows the printed figure', () => {
    const table: [number, number, Mutu][] = [
      [100, 100, 'A'],
      [88.31, 88.31, 'A'],
      [88.3099, 88.31, 'A'],
      [88.305, 88.31, 'A'],
      [88.3049, 88.3, 'B'],
      [76.61, 76.61, 'B'],
      [76.605, 76.61, 'B'],
      [76.6049, 76.6, 'C'],
      [65, 65, 'C'],
      [64.995, 65, 'C'],
      [64.9949, 64.99, 'D'],
      [64.99, 64.99, 'D'],
      [25, 25, 'D'],
    ];
    for (const [index, printed, mutu] of table) {
      assert.equal(printedIndex(index), printed, `printed ${index}`);
      assert.equal(mutuOf(index), mutu, `mutu ${index}`);
    }
  });

  test('when floating point lands a few ulps under a bound (64,99999999999999), then it still counts as on it', () => {
    assert.equal(mutuOf(64.99999999999999), 'C');
    assert.equal(mutuOf(88.30999999999997), 'A');
    assert.equal(mutuOf(64.99499999999999), 'C'); // 64,995 as floating point stores it
  });

  test('when mutu is shown, then its Indonesian label is the "Kinerja unit" column', () => {
    assert.deepEqual(mutuLabel, { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' });
  });
});

describe('ikm — unsur and bad input', () => {
  test('when the unsur are listed, then there are nine in the regulation order', () => {
    assert.deepEqual(ikmUnsur, [
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
  });

  test('when there are no responses, then RangeError', () => {
    assert.throws(() => ikm([]), RangeError);
  });

  test('when a response has eight or ten scores, then RangeError', () => {
    assert.throws(() => ikm([[4, 4, 4, 4, 4, 4, 4, 4]]), RangeError);
    assert.throws(() => ikm([[4, 4, 4, 4, 4, 4, 4, 4, 4, 4]]), RangeError);
  });

  test('when a score is 0, 5, 3.5 or NaN, then RangeError', () => {
    for (const bad of [0, 5, 3.5, Number.NaN]) {
      assert.throws(() => ikm([[4, 4, 4, 4, bad, 4, 4, 4, 4]]), RangeError, String(bad));
    }
  });

  test('when the weight is zero, negative or not a number, then RangeError', () => {
    const one = [Array<number>(9).fill(3)];
    for (const weight of [0, -0.111, Number.NaN]) assert.throws(() => ikm(one, { weight }), RangeError);
  });

  test('when the index is not finite, then mutuOf throws RangeError', () => {
    assert.throws(() => mutuOf(Number.NaN), RangeError);
  });

  test('when a database hands over the totals per unsur and the respondent count, then ikmFromTotals gives what ikm() gives on the rows', () => {
    const rows = gaspulTriwulanIII();
    const totals = ikmUnsur.map((_, unsur) => rows.reduce((sum, row) => sum + row[unsur]!, 0));
    for (const weight of [IKM_WEIGHT_OFFICIAL, IKM_WEIGHT_EXACT]) assert.deepEqual(ikmFromTotals(totals, rows.length, { weight }), ikm(rows, { weight }));
  });

  test('when the totals cannot come from 1–4 scores, or there are no respondents, then ikmFromTotals throws RangeError', () => {
    assert.throws(() => ikmFromTotals(Array<number>(9).fill(41), 10), RangeError);
    assert.throws(() => ikmFromTotals(Array<number>(9).fill(9), 10), RangeError);
    assert.throws(() => ikmFromTotals(Array<number>(8).fill(30), 10), RangeError);
    assert.throws(() => ikmFromTotals(Array<number>(9).fill(0), 0), RangeError);
  });
});
