import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { perawatSkp } from './documents.test-support';
import { periodInWords, skpDocumentFileName, statusNote, targetText } from './skp-format';

describe('SKP document text', () => {
  test('when the period is the calendar year, then it reads as on the form', () => {
    assert.equal(periodInWords({ year: 2026, validFrom: '2026-01-01', validTo: '2026-12-31' }), '1 JANUARI SD 31 DESEMBER TAHUN 2026');
    assert.equal(periodInWords({ year: 2026, validFrom: '2026-03-15', validTo: null }), '15 MARET SD 31 DESEMBER TAHUN 2026');
  });

  test('when the period crosses a year end, then both ends name their year', () => {
    assert.equal(periodInWords({ year: 2026, validFrom: '2025-12-01', validTo: '2026-03-31' }), '1 DESEMBER 2025 SD 31 MARET 2026');
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
});
