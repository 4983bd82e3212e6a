import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { perawatSkp } from './documents.test-support';
import { dateInWords, documentNip, periodInWords, placeOfSigning, skpDocumentFileName, statusNote, targetText } from './skp-format';

describe('SKP document text', () => {
  test('when a NIP is printed, then it is spaced 8-6-1-3, and an official without one gets "-"', () => {
    assert.equal(documentNip('198609262015051001'), '19860926 201505 1 001');
    assert.equal(documentNip(null), '-');
    assert.equal(documentNip(''), '-');
  });

  test('when the period is the calendar year, then it reads as on the form', () => {
    assert.equal(periodInWords({ year: 2026, validFrom: '2026-01-01', validTo: '2026-12-31' }), '1 JANUARI SD 31 DESEMBER TAHUN 2026');
    assert.equal(periodInWords({ year: 2026, validFrom: '2026-03-15', validTo: null }), '15 MARET SD 31 DESEMBER TAHUN 2026');
  });

  test('when a date is printed, then it is the day in Solok (WIB) in Indonesian words', () => {
    assert.equal(dateInWords(new Date('2026-02-03T10:00:00Z')), '3 Februari 2026');
    // 20:00 UTC on 31 December is already 1 January in Solok.
    assert.equal(dateInWords(new Date('2025-12-31T20:00:00Z')), '1 Januari 2026');
  });

  test('when a target is printed, then amounts carry their satuan and narrative targets stand alone', () => {
    assert.equal(targetText({ targetValue: 2, targetText: null, satuan: 'Dokumen' }), '2 Dokumen');
    assert.equal(targetText({ targetValue: 100, targetText: null, satuan: '%' }), '100 %');
    assert.equal(targetText({ targetValue: 61.95, targetText: null, satuan: '%' }), '61,95 %');
    assert.equal(targetText({ targetValue: null, targetText: 'Laporan diterima tepat waktu', satuan: null }), 'Laporan diterima tepat waktu');
  });

  test('when the status is not approved, then a note says so; approved has none', () => {
    assert.equal(statusNote('DRAFT'), 'DRAFT — belum disetujui');
    assert.equal(statusNote('DIAJUKAN'), 'DIAJUKAN — menunggu persetujuan');
    assert.equal(statusNote('DISETUJUI'), null);
  });

  test('when a file name is made, then it names the year, the NIP and the revision', () => {
    assert.equal(skpDocumentFileName(perawatSkp(), 'pdf'), 'SKP-2026-199505052020122010-rev1.pdf');
    assert.equal(skpDocumentFileName(perawatSkp({ revision: 2 }), 'xlsx'), 'SKP-2026-199505052020122010-rev2.xlsx');
  });

  test('when the place of signing is read from the instansi, then "Pemerintah Kota Solok" gives "Solok"', () => {
    assert.equal(placeOfSigning('Pemerintah Kota Solok'), 'Solok');
    assert.equal(placeOfSigning('Kabupaten Solok Selatan'), 'Solok Selatan');
  });
});
