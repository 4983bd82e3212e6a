// domain.md §3.5: "AK = (bulan/12) × %predikat × koefisien (e.g., Ahli Pertama koef 12,5 …
// cross-check: code table Pemula koef 3,75 …)".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { angkaKredit } from './angka-kredit';
import { koefisienTahunan, monthsOfService } from './angka-kredit-jenjang';

describe('koefisienTahunan', () => {
  test('when the jenjang is one of the BKN examples, then Ahli Pertama 12,5 and Pemula 3,75', () => {
    assert.equal(koefisienTahunan('AHLI_PERTAMA'), 12.5);
    assert.equal(koefisienTahunan('PEMULA'), 3.75);
  });

  test('when the jenjang is missing or unknown, then there is no koefisien', () => {
    assert.equal(koefisienTahunan(null), null);
    assert.equal(koefisienTahunan('KEPALA'), null);
  });

  test('when the jenjang typed is a name on Object.prototype, then there is no koefisien (not a function or object)', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) assert.equal(koefisienTahunan(key), null, key);
  });
});

describe('monthsOfService', () => {
  test('when the SKP runs the whole year, then 12 months', () => {
    assert.equal(monthsOfService('2026-01-01', null, 2026), 12);
    assert.equal(monthsOfService('2026-01-01', '2026-12-31', 2026), 12);
  });

  test('when a transfer on 15 June splits the year, then the two SKP share 12 months: 5 and 7', () => {
    const before = monthsOfService('2026-01-01', '2026-06-14', 2026);
    const after = monthsOfService('2026-06-15', null, 2026);
    assert.deepEqual([before, after], [5, 7]);
  });

  test('when a pegawai starts on 10 March, then March counts; on 20 March it does not', () => {
    assert.equal(monthsOfService('2026-03-10', null, 2026), 10);
    assert.equal(monthsOfService('2026-03-20', null, 2026), 9);
  });

  test('when two months of Baik earn an Ahli Pertama AK, then 2/12 × 12,5 = 2,08 (the §3.5 example)', () => {
    const bulan = monthsOfService('2026-11-01', null, 2026);
    assert.equal(bulan, 2);
    assert.equal(angkaKredit('BAIK', koefisienTahunan('AHLI_PERTAMA')!, bulan), 2.08);
  });

  test('when a date is not YYYY-MM-DD, then RangeError', () => {
    assert.throws(() => monthsOfService('1/1/2026', null, 2026), RangeError);
  });
});
