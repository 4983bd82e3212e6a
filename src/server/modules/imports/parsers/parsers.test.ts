import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { pegawaiColumns, unitColumns } from '../../../../shared/schemas/imports';
import { AppError } from '../../../platform/errors';
import { dateOf, nipTextOf } from './cells';
import { detectDelimiter, readCsvRecords } from './csv';
import { sniffFormat } from './detect';
import { normaliseHeader, readTable } from './table';
import { readXlsxRecords } from './xlsx';

const bytes = (text: string) => Readable.from([Buffer.from(text, 'utf8')]);
async function tableOf(input: Buffer, columns = pegawaiColumns, key = 'nip') {
  const { format, stream } = await sniffFormat(Readable.from([input]));
  return readTable(format === 'xlsx' ? readXlsxRecords(stream) : readCsvRecords(stream), columns, key);
}
const rejects = (promise: Promise<unknown>, code: string, pattern: RegExp) =>
  assert.rejects(promise, (error: AppError) => {
    assert.equal(error.code, code);
    assert.match(JSON.stringify(error.details), pattern);
    return true;
  });

describe('CSV reading', () => {
  test('when the header uses ; (or , or tab), then that is the separator, quotes notwithstanding', () => {
    assert.equal(detectDelimiter('nip;nama;"a,b"'), ';');
    assert.equal(detectDelimiter('nip,nama,"a;b;c"'), ',');
    assert.equal(detectDelimiter('nip\tnama'), '\t');
  });

  test('when the file starts with a BOM and uses ;, then the first header is still read as nip', async () => {
    const table = await tableOf(Buffer.from('\uFEFFnip;nama\r\n199001012015011001;Andi\r\n', 'utf8'), pegawaiColumns.filter((c) => ['nip', 'nama'].includes(c.name)));
    assert.equal(table.labels.get('nip'), 'nip');
    assert.deepEqual(table.rows.map((r) => r.cells), [['199001012015011001', 'Andi']]);
  });

  test('when a quoted cell spans lines and empty lines sit between rows, then row numbers are the records Excel shows', async () => {
    const records = [];
    for await (const record of readCsvRecords(bytes('a,b\n\n1,"x\ny"\n2,z\n'))) records.push(record);
    assert.deepEqual(records.map((r) => r.line), [1, 2, 3, 4]);
    assert.deepEqual(records[2]!.cells, ['1', 'x\ny']);
  });

  test('when the bytes are not UTF-8 (Latin-1 from an old Excel), then 400 says to save as CSV UTF-8', async () => {
    await rejects(tableOf(Buffer.concat([Buffer.from('nip;nama\n1;Jos'), Buffer.from([0xe9, 0x0a])])), 'VALIDATION_FAILED', /CSV UTF-8/);
  });

  test('when a quote is never closed, then 400 names the row', async () => {
    const columns = pegawaiColumns.filter((c) => ['nip', 'nama'].includes(c.name));
    await rejects(tableOf(Buffer.from('nip;nama\n1;"Andi\n'), columns), 'VALIDATION_FAILED', /baris 2/);
  });
});

describe('format detection', () => {
  test('when the file is a PDF, an old .xls or binary, then 400 with a reason a person understands', async () => {
    await rejects(tableOf(Buffer.from('%PDF-1.7\n...')), 'VALIDATION_FAILED', /PDF/);
    await rejects(tableOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'VALIDATION_FAILED', /xls/);
    await rejects(tableOf(Buffer.from([0x6e, 0x69, 0x70, 0x00, 0x01, 0x02, 0x0a])), 'VALIDATION_FAILED', /biner/);
    await rejects(tableOf(Buffer.from('PK\u0003\u0004this is no zip')), 'VALIDATION_FAILED', /XLSX/);
    await rejects(tableOf(Buffer.alloc(0)), 'VALIDATION_FAILED', /kosong/);
  });
});

describe('headers', () => {
  test('when headers come from SIASN (NIP BARU, camelCase, punctuation), then they map to the template columns', () => {
    assert.equal(normaliseHeader('NIP BARU'), 'nip_baru');
    assert.equal(normaliseHeader('DiatasanId'), 'diatasan_id');
    assert.equal(normaliseHeader(' Tgl. Lahir* '), 'tgl_lahir');
  });

  test('when a title sits above the header and SIASN names are used, then the table is found and the row numbers stay the sheet’s', async () => {
    const table = await tableOf(Buffer.from('Daftar Unor Kota Solok\n\nId,NamaUnor,Jenis,DiatasanId,NamaJabatan,Eselon\nX1,Dinas X,DINAS,,Kepala Dinas X,II.a\n'), unitColumns, 'kode_unit');
    assert.equal(table.headerLine, 3);
    assert.equal(table.labels.get('kode_unit_induk'), 'DiatasanId');
    assert.equal(table.rows[0]!.line, 4);
  });

  test('when a required column is missing, then 422 names it against the header row', async () => {
    await rejects(tableOf(Buffer.from('nip;nama\n199001012015011001;Andi\n')), 'RULE_VIOLATION', /"row":1,"column":"jenis_asn"/);
  });

  test('when no row names the key column, then 422 says the header was not found', async () => {
    await rejects(tableOf(Buffer.from('a;b\n1;2\n')), 'RULE_VIOLATION', /Baris judul tidak ditemukan/);
  });
});

describe('cells', () => {
  test('when dates are ISO, dd-mm-yyyy, dd/mm/yyyy, date cells or Excel serials, then they read the same', () => {
    for (const cell of ['1985-08-17', '17-08-1985', '17/08/1985', '17.8.1985', new Date(Date.UTC(1985, 7, 17)), 31276]) {
      assert.deepEqual(dateOf(cell), { ok: true, value: '1985-08-17' }, String(cell));
    }
    assert.equal(dateOf('31-02-1990').ok, false);
    assert.equal(dateOf('kemarin').ok, false);
  });

  test('when Excel turned an 18-digit NIP into a number or 1.99E+17, then the reason says to format the column as Text', () => {
    const asNumber = nipTextOf(Number('199001012015011001'));
    assert.ok(!asNumber.ok && /1\.99E\+17/.test(asNumber.reason) && /Teks/.test(asNumber.reason));
    const asText = nipTextOf('1,99001E+17');
    assert.ok(!asText.ok && /notasi ilmiah/.test(asText.reason));
    assert.deepEqual(nipTextOf('19900101 201501 1 001'), { ok: true, value: '199001012015011001' });
  });
});

describe('XLSX reading', () => {
  test('when the workbook has dates, numbers, rich text and a second sheet, then the first tab is read with typed cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet('Data');
    data.addRow(['nip', 'nama', 'tanggal_lahir']);
    data.addRow(['199001012015011001', { richText: [{ text: 'An' }, { text: 'di' }] }, new Date(Date.UTC(1990, 0, 1))]);
    data.getCell('C2').numFmt = 'dd-mm-yyyy';
    data.addRow([Number('199001012015011001'), 'Budi', '01-01-1990']);
    workbook.addWorksheet('Petunjuk').addRow(['nip', 'bukan data']);
    const records = [];
    for await (const record of readXlsxRecords(Readable.from([Buffer.from(await workbook.xlsx.writeBuffer())]))) records.push(record);
    assert.deepEqual(records.map((r) => r.line), [1, 2, 3]);
    assert.equal(records[1]!.cells[1], 'Andi');
    assert.ok(records[1]!.cells[2] instanceof Date);
    assert.equal(typeof records[2]!.cells[0], 'number');
  });

  test('when the upload fails half-way through an XLSX (too large, connection lost), then reading fails with that error instead of waiting', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    for (let i = 0; i < 2000; i++) sheet.addRow([`baris ${i}`, i, `teks yang cukup panjang ${i}`]);
    const whole = Buffer.from(await workbook.xlsx.writeBuffer());
    const input = new Readable({ read() {} });
    input.push(whole.subarray(0, Math.floor(whole.length / 2)));
    setTimeout(() => input.destroy(new AppError('PAYLOAD_TOO_LARGE')), 20);
    await assert.rejects(
      (async () => {
        for await (const _record of readXlsxRecords(input)) void _record;
      })(),
      (error: AppError) => error.code === 'PAYLOAD_TOO_LARGE',
    );
  });
});
