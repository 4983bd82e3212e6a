import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { coreValues } from '../../../../domain/berakhlak';
import { EKSPEKTASI_PELAYANAN, jptSkp, KEPALA_PUSKESMAS_RHK, perawatSkp } from './documents.test-support';
import { renderSkpXlsx } from './skp-xlsx';

const printedAt = new Date('2026-01-12T03:00:00.000Z');

async function readBack(skp: Parameters<typeof renderSkpXlsx>[0]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderSkpXlsx(skp, { printedAt })) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('SKP');
  assert.ok(sheet, 'the workbook has a sheet "SKP"');
  const cells: { address: string; row: number; col: number; text: string }[] = [];
  sheet.eachRow((row, r) =>
    row.eachCell((c, col) => {
      if (c.isMerged && c.master.address !== c.address) return;
      cells.push({ address: c.address, row: r, col, text: c.text });
    }),
  );
  const find = (text: string) => cells.find((c) => c.text === text);
  const merges: string[] = (sheet.model as unknown as { merges: string[] }).merges;
  return { sheet, cells, find, merges };
}

describe('renderSkpXlsx', () => {
  test('when an SKP is exported, then the sheet carries the title, period and both people', async () => {
    const { find, cells } = await readBack(perawatSkp());
    for (const text of [
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'PEMERINTAH KOTA SOLOK',
      'PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'Ns. Rina Marlina, S.Kep.',
      '19950505 202012 2 010',
      'dr. Andi Saputra',
      '19860926 201505 1 001',
      'Pegawai yang Dinilai',
      'Solok, 12 Januari 2026',
      'NIP. 19950505 202012 2 010',
    ]) {
      assert.ok(find(text), `expected a cell "${text}"`);
    }
    assert.ok(!cells.some((c) => c.text.includes('belum disetujui')), 'an approved SKP carries no draft note');
  });

  test('when an RHK has several IKI, then NO, the intervened RHK and the RHK are merged across its IKI rows', async () => {
    const skp = perawatSkp();
    const { find, merges } = await readBack(skp);
    const first = find(skp.rhk[0]!.text);
    assert.ok(first, 'the RHK text is in a cell');
    assert.equal(first.col, 3);
    const r = first.row;
    for (const col of ['A', 'B', 'C']) assert.ok(merges.includes(`${col}${r}:${col}${r + 2}`), `${col}${r}:${col}${r + 2} is merged (3 IKI)`);
    assert.equal(find(KEPALA_PUSKESMAS_RHK + '\n(dr. Andi Saputra)')?.row, r);
    for (const [i, iki] of skp.rhk[0]!.iki.entries()) assert.equal(find(iki.indicator)?.row, r + i);
    assert.equal(find('1.200 Pasien')?.row, r);
    assert.equal(find('100 %')?.row, r + 1);
    const second = find(skp.rhk[1]!.text);
    assert.ok(second && merges.includes(`C${second.row}:C${second.row + 1}`), 'the second RHK spans its 2 IKI rows');
    const tambahan = find(skp.rhk[2]!.text);
    assert.ok(tambahan && !merges.some((m) => m.startsWith(`C${tambahan.row}:`)), 'a single-IKI RHK is not merged');
    assert.ok(find('A. UTAMA') && find('B. TAMBAHAN'));
  });

  test('when an SKP is exported, then Perilaku Kerja lists the 7 core values with guides, and the Lampiran follows', async () => {
    const skp = perawatSkp();
    const { cells, find } = await readBack(skp);
    for (const value of coreValues) {
      const c = cells.find((x) => x.text.startsWith(`${value.name}\n`));
      assert.ok(c, `a cell for ${value.name}`);
      value.guides.forEach((g, i) => assert.ok(c.text.includes(`${i + 1}. ${g}`)));
    }
    assert.ok(find(EKSPEKTASI_PELAYANAN));
    for (const text of ['LAMPIRAN SASARAN KINERJA PEGAWAI', '1. DUKUNGAN SUMBER DAYA', skp.lampiran.sumberDaya, skp.lampiran.skema, skp.lampiran.konsekuensi]) {
      assert.ok(find(text), `expected a cell "${text}"`);
    }
  });

  test('when an SKP is exported, then it prints on A4 landscape fitted to the width, with wrapped, bordered cells', async () => {
    const skp = perawatSkp({ status: 'DRAFT', revision: 2 });
    const { sheet, find } = await readBack(skp);
    assert.equal(sheet.pageSetup.paperSize, 9);
    assert.equal(sheet.pageSetup.orientation, 'landscape');
    assert.equal(sheet.pageSetup.fitToWidth, 1);
    assert.equal(sheet.pageSetup.fitToHeight, 0);
    assert.ok(find('DRAFT — belum disetujui') && find('Revisi ke-2'));
    const rhk = find(skp.rhk[0]!.text)!;
    const c = sheet.getCell(rhk.address);
    assert.equal(c.alignment.wrapText, true);
    assert.equal(c.border.top?.style, 'thin');
    assert.equal(sheet.getCell(find('RENCANA HASIL KERJA')!.address).font.bold, true);
    assert.ok((sheet.getColumn(3).width ?? 0) >= 30);
  });

  test('when a JPT is exported, then the perspektif column and the official penilai appear', async () => {
    const { find } = await readBack(jptSkp());
    for (const text of ['BAGI PEJABAT PIMPINAN TINGGI', 'PERSPEKTIF', 'Penerima Layanan', '61,95 %', 'Wali Kota Solok', 'IKU-1: Indeks pelayanan kesehatan dasar']) {
      assert.ok(find(text), `expected a cell "${text}"`);
    }
  });
});
