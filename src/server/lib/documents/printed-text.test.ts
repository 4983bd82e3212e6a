import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateInWords, dayInWords, documentNip, orDash, placeOfSigning } from './printed-text';

describe('printed text', () => {
  test('when a NIP is printed, then it is spaced 8-6-1-3, and an official without one gets "-"', () => {
    assert.equal(documentNip('198609262015051001'), '19860926 201505 1 001');
    assert.equal(documentNip(null), '-');
    assert.equal(documentNip(''), '-');
  });

  test('when a date is printed, then it is the day in Solok (WIB) in Indonesian words', () => {
    assert.equal(dateInWords(new Date('2026-02-03T10:00:00Z')), '3 Februari 2026');
    // 20:00 UTC on 31 December is already 1 January in Solok.
    assert.equal(dateInWords(new Date('2025-12-31T20:00:00Z')), '1 Januari 2026');
  });

  test('when a day is printed, then YYYY-MM-DD (or an instant\'s UTC date) reads in Indonesian words', () => {
    assert.equal(dayInWords('2026-03-02'), '2 Maret 2026');
    assert.equal(dayInWords('2026-12-31T23:00:00.000Z'), '31 Desember 2026');
    assert.equal(dayInWords(''), '-');
  });

  test('when a value is printed, then it is trimmed and "-" stands for nothing', () => {
    assert.equal(orDash('  Laporan\r\nbulanan '), 'Laporan\nbulanan');
    assert.equal(orDash(null), '-');
    assert.equal(orDash('   '), '-');
  });

  test('when the place of signing is read from the instansi, then "Pemerintah Kota Solok" gives "Solok"', () => {
    assert.equal(placeOfSigning('Pemerintah Kota Solok'), 'Solok');
    assert.equal(placeOfSigning('Kabupaten Solok Selatan'), 'Solok Selatan');
  });
});
