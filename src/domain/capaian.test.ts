// domain.md §1.2 "Periods":
// | Measurement frequency | realisasi measured from evidence "pada setiap periode pengukuran kinerja, bisa setiap
// |   bulan, triwulanan, semesteran, atau tahunan" | PP 30/2019 summary |
// | Over-achievement cap (legacy numeric) | realisasi above target → nilai capaian max 120 | PP 30/2019 |
// domain.md §2.1 "Hasil Kerja table columns": (4) Aspek — Kuantitas / Kualitas / Waktu / Biaya; (6) Target,
//   e.g. "2 Dokumen", "100%", "12 Bulan".
// Lower-is-better ("polaritas negatif", PermenPANRB 53/2014 Juknis evaluasi SAKIP — not in domain.md):
//   capaian = (2 × target − realisasi) / target × 100.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CAPAIAN_CAP,
  capaian,
  defaultAccumulation,
  meanCapaian,
  roundHalfAwayFromZero,
  yearToDate,
  type Direction,
} from './capaian';

describe('capaian — worked examples', () => {
  const examples: [string, number, number, Direction, number][] = [
    ['12 dokumen planned, 9 delivered', 12, 9, 'HIGHER', 75],
    ['12 dokumen planned, 12 delivered', 12, 12, 'HIGHER', 100],
    ['12 dokumen planned, 15 delivered (125, capped)', 12, 15, 'HIGHER', 120],
    ['100% quality planned, 118% reached', 100, 118, 'HIGHER', 118],
    ['12 dokumen planned, none delivered', 12, 0, 'HIGHER', 0],
    ['layanan within 2 hari, done in 2', 2, 2, 'LOWER', 100],
    ['layanan within 2 hari, done in 1.5 (125, capped)', 2, 1.5, 'LOWER', 120],
    ['layanan within 2 hari, done in 3', 2, 3, 'LOWER', 50],
    ['layanan within 2 hari, done in 4 (twice the target)', 2, 4, 'LOWER', 0],
    ['layanan within 2 hari, done in 5 (−50, clamped)', 2, 5, 'LOWER', 0],
    ['at most 40 kecelakaan, 46 happened', 40, 46, 'LOWER', 85],
    ['at most 40 kecelakaan, 36 happened', 40, 36, 'LOWER', 110],
  ];
  for (const [story, target, realisation, direction, expected] of examples) {
    test(`when ${story}, then capaian is ${expected}`, () => {
      assert.equal(capaian(target, realisation, direction), expected);
    });
  }

  test('when realisation far exceeds the target, then capaian stops at CAPAIAN_CAP = 120 (PP 30/2019)', () => {
    assert.equal(CAPAIAN_CAP, 120);
    assert.equal(capaian(3, 10, 'HIGHER'), 120);
    assert.equal(capaian(10, 0, 'LOWER'), 120);
  });

  test('when realisation is negative on a higher-is-better target, then capaian is 0, not negative', () => {
    assert.equal(capaian(10, -2, 'HIGHER'), 0);
  });
});

describe('capaian — zero target', () => {
  test('when a higher-is-better target is 0 and realisation is 0 or more, then the target is met: 100', () => {
    assert.equal(capaian(0, 0, 'HIGHER'), 100);
    assert.equal(capaian(0, 5, 'HIGHER'), 100);
  });

  test('when a higher-is-better target is 0 and realisation is negative, then 0', () => {
    assert.equal(capaian(0, -1, 'HIGHER'), 0);
  });

  test('when the target is "zero accidents" and none happened, then 100', () => {
    assert.equal(capaian(0, 0, 'LOWER'), 100);
  });

  test('when the target is "zero accidents" and one happened, then 0', () => {
    assert.equal(capaian(0, 1, 'LOWER'), 0);
    assert.equal(capaian(0, 0.5, 'LOWER'), 0);
  });
});

describe('capaian — rounding and bad input', () => {
  test('when capaian is a repeating decimal, then it is rounded to 2 decimals', () => {
    assert.equal(capaian(3, 2, 'HIGHER'), 66.67);
    assert.equal(capaian(3, 1, 'HIGHER'), 33.33);
    assert.equal(capaian(7, 6.3, 'LOWER'), 110);
  });

  test('when capaian is exactly halfway (1.005, stored in binary as 1.00499…), then it rounds up to 1.01', () => {
    assert.equal(capaian(200, 2.01, 'HIGHER'), 1.01);
    assert.equal(capaian(400, 330.5, 'HIGHER'), 82.63);
  });

  test('when a number is rounded half away from zero, then halves go outward on both sides', () => {
    assert.equal(roundHalfAwayFromZero(1.005, 2), 1.01);
    assert.equal(roundHalfAwayFromZero(-1.005, 2), -1.01);
    assert.equal(roundHalfAwayFromZero(2.0833333, 2), 2.08);
    assert.equal(roundHalfAwayFromZero(0.0049, 2), 0);
    assert.ok(!Object.is(roundHalfAwayFromZero(-0.001, 2), -0));
  });

  test('when the target is negative, then RangeError', () => {
    assert.throws(() => capaian(-1, 5, 'HIGHER'), RangeError);
    assert.throws(() => capaian(-1, 5, 'LOWER'), RangeError);
  });

  test('when a number is NaN or infinite, then RangeError', () => {
    assert.throws(() => capaian(Number.NaN, 5, 'HIGHER'), RangeError);
    assert.throws(() => capaian(10, Number.POSITIVE_INFINITY, 'HIGHER'), RangeError);
    assert.throws(() => capaian(Number.POSITIVE_INFINITY, 5, 'LOWER'), RangeError);
  });

  test('when the direction is not HIGHER or LOWER, then RangeError', () => {
    assert.throws(() => capaian(10, 5, 'UP' as Direction), RangeError);
  });
});

describe('defaultAccumulation', () => {
  test('when the aspek is KUANTITAS, then the periods add up (SUM)', () => {
    assert.equal(defaultAccumulation('KUANTITAS'), 'SUM');
  });

  test('when the aspek is KUALITAS, WAKTU or BIAYA, then the periods are averaged', () => {
    assert.equal(defaultAccumulation('KUALITAS'), 'AVERAGE');
    assert.equal(defaultAccumulation('WAKTU'), 'AVERAGE');
    assert.equal(defaultAccumulation('BIAYA'), 'AVERAGE');
  });

  test('when "12 Bulan" tepat waktu is reported month by month, then the year reaches 100 %, not 8 %', () => {
    const accumulation = defaultAccumulation('WAKTU', { satuan: 'Bulan', direction: 'HIGHER' });
    assert.equal(accumulation, 'SUM');
    assert.equal(capaian(12, yearToDate(Array(12).fill(1), accumulation) ?? 0, 'HIGHER'), 100);
    assert.equal(capaian(12, yearToDate([3, 3, 3, 3], accumulation) ?? 0, 'HIGHER'), 100);
  });

  test('when the IKI counts documents whatever its aspek, then the periods add up', () => {
    assert.equal(defaultAccumulation('KUALITAS', { satuan: 'Dokumen' }), 'SUM');
  });

  test('when the IKI is a percentage, an index or service-fed, then the periods are averaged even for KUANTITAS', () => {
    assert.equal(defaultAccumulation('KUANTITAS', { satuan: '%' }), 'AVERAGE');
    assert.equal(defaultAccumulation('KUANTITAS', { satuan: 'Persen' }), 'AVERAGE');
    assert.equal(defaultAccumulation('KUANTITAS', { satuan: 'Indeks' }), 'AVERAGE');
    assert.equal(defaultAccumulation('KUANTITAS', { serviceFed: true }), 'AVERAGE');
  });

  test('when a lower-is-better duration is measured, then the periods are averaged', () => {
    assert.equal(defaultAccumulation('WAKTU', { satuan: 'Hari', direction: 'LOWER' }), 'AVERAGE');
    assert.equal(defaultAccumulation('KUANTITAS', { satuan: 'Bulan', direction: 'LOWER' }), 'AVERAGE');
  });

  test('when a lower-is-better count (traffic accidents in the year) is measured, then the periods add up', () => {
    assert.equal(defaultAccumulation('KUANTITAS', { satuan: 'Kejadian', direction: 'LOWER' }), 'SUM');
  });

  test('when the aspek is unknown, then RangeError', () => {
    assert.throws(() => defaultAccumulation('MUTU' as never), RangeError);
  });
});

describe('yearToDate', () => {
  // Jan 3 dokumen, Feb not entered, Mar 4, Apr 2.
  const withGap = [3, null, 4, 2];

  test('when SUM and a month was not entered, then the entered months add up', () => {
    assert.equal(yearToDate(withGap, 'SUM'), 9);
  });

  test('when AVERAGE and a month was not entered, then the mean is over the entered months only', () => {
    assert.equal(yearToDate(withGap, 'AVERAGE'), 3);
    assert.equal(yearToDate([90, null, 95, null], 'AVERAGE'), 92.5);
  });

  test('when LAST and the latest period is not entered, then the last entered value counts', () => {
    assert.equal(yearToDate([80, 85, null], 'LAST'), 85);
    assert.equal(yearToDate([80, null, 90], 'LAST'), 90);
  });

  test('when nothing was entered, then null for every accumulation', () => {
    for (const accumulation of ['SUM', 'AVERAGE', 'LAST'] as const) {
      assert.equal(yearToDate([null, null], accumulation), null);
      assert.equal(yearToDate([], accumulation), null);
    }
  });

  test('when a zero was entered, then it counts (it is not "not entered")', () => {
    assert.equal(yearToDate([0, null, 4], 'AVERAGE'), 2);
    assert.equal(yearToDate([5, 0], 'LAST'), 0);
  });

  test('when decimals add up, then binary float noise does not show (0.1 + 0.2 = 0.3)', () => {
    assert.equal(yearToDate([0.1, 0.2], 'SUM'), 0.3);
  });

  test('when a value is not finite, then RangeError', () => {
    assert.throws(() => yearToDate([1, Number.NaN], 'SUM'), RangeError);
  });

  test('when the year to date feeds capaian, then 9 of 12 dokumen after four months is 75', () => {
    const ytd = yearToDate(withGap, defaultAccumulation('KUANTITAS'));
    assert.equal(capaian(12, ytd ?? 0, 'HIGHER'), 75);
  });
});

describe('meanCapaian', () => {
  test('when some IKI have capaian and some not yet, then the mean is over those that have, 2 decimals', () => {
    assert.equal(meanCapaian([75, null, 120, 100]), 98.33);
    assert.equal(meanCapaian([100, 50]), 75);
  });

  test('when no IKI has a capaian, then null', () => {
    assert.equal(meanCapaian([]), null);
    assert.equal(meanCapaian([null, null]), null);
  });

  test('when a capaian is not finite, then RangeError', () => {
    assert.throws(() => meanCapaian([Number.NaN]), RangeError);
  });
});
