import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { extractPdfText } from '../../../../test/support/pdf-text';
import { ikmUnsur, mutuOf } from '../../../domain/ikm';
import type { IkmResultView } from '../../../shared/schemas/public-service';
import { renderIkmPdf, renderIkmXlsx } from './ikm-report';

// 64.995 as a sum of floating-point terms can come out a few ulps under it: rounded again by the
// report it printed 64,99 beside mutu C, whose lower bound is 65,00 (issue #16 point 4).
const INDEX = 64.99499999999999;
const result: IkmResultView = {
  serviceUnitId: '1',
  unitName: 'Puskesmas Uji',
  opdName: 'Dinas Kesehatan',
  instansiName: 'Pemerintah Kabupaten Uji',
  period: { periodId: '1', label: 'Triwulan I 2026', startsOn: '2026-01-01', endsOn: '2026-03-31' },
  respondents: 120,
  minRespondents: 100,
  belowMinimum: false,
  weight: 1 / 9,
  unsur: ikmUnsur.map((name, i) => ({ code: `U${i + 1}`, name, total: 312, nrr: 2.6, nrrWeighted: 2.6 / 9 })),
  nrrWeightedTotal: INDEX / 25,
  index: INDEX,
  mutu: mutuOf(INDEX),
  mutuLabel: 'Kurang baik',
  comments: [],
  held: 0,
  bursts: [],
  can: { decideBursts: false },
};

describe('the IKM report prints the index the mutu was read from', () => {
  test('when the index is 64.995 less a few ulps (mutu C), then the PDF prints 65,00 and never 64,99', async () => {
    assert.equal(result.mutu, 'C');
    const { text } = await extractPdfText(await renderIkmPdf(result, new Date('2026-04-02T03:00:00Z')));
    assert.match(text, /× 25\) 65,00/);
    assert.doesNotMatch(text, /64,99/);
  });

  test('when the index is 64.995 less a few ulps (mutu C), then the XLSX holds 65 with two decimals', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderIkmXlsx(result, [])) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('IKM')!;
    let found: ExcelJS.Cell | null = null;
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('IKM unit pelayanan')) found = row.getCell(5);
    });
    const cell = found as ExcelJS.Cell | null;
    assert.ok(cell, 'the IKM row is there');
    assert.equal(cell.value, 65);
    assert.equal(cell.numFmt, '0.00');
  });
});
