// The IKM report of one unit for one period in the layout of PermenPANRB 14/2017's processing
// table: per unsur the total score, NRR and NRR tertimbang; then Σ NRR tertimbang, IKM unit
// pelayanan (× 25), mutu and kinerja unit. The XLSX adds the per-respondent sheet the table sums.
import ExcelJS from 'exceljs';
import { printedIndex } from '../../../domain/ikm';
import type { IkmResultView } from '../../../shared/schemas/public-service';
import { cell, contentWidth, createDocument, dateInWords, drawPageMarks, drawTable, drawTitleLines, headerCell, MARGIN, newPage, placeOfSigning, SHEET_BORDER, SHEET_HEADER_FILL, textLine, toBuffer, type Cell } from '../../lib/documents';

const dec = (value: number | null, digits: number) => (value === null ? '-' : value.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
// The index as printed is the one the mutu was read from (domain/ikm): rounding it again here could
// print 64,99 beside mutu C.
const shownIndex = (index: number | null) => (index === null ? null : printedIndex(index));
const weightLabel = (weight: number) => (Math.abs(weight - 1 / 9) < 1e-12 ? '1/9' : dec(weight, 3));

export function ikmReportFileName(result: IkmResultView, ext: 'pdf' | 'xlsx') {
  const safe = `${result.unitName} ${result.period.label}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `IKM-${safe}.${ext}`;
}

function summaryLines(r: IkmResultView): string[] {
  return [
    `Unit layanan: ${r.unitName} (${r.opdName})`,
    `Periode survei: ${r.period.label} (${r.period.startsOn} s.d. ${r.period.endsOn})`,
    `Jumlah responden: ${r.respondents}${r.belowMinimum ? ` — di bawah jumlah minimal ${r.minRespondents} responden` : ''}`,
    `Bobot nilai rata-rata tertimbang: ${weightLabel(r.weight)}`,
  ];
}

export async function renderIkmPdf(r: IkmResultView, printedAt: Date): Promise<Buffer> {
  const doc = createDocument({ title: `Indeks Kepuasan Masyarakat ${r.unitName} ${r.period.label}`, subject: 'Laporan Survei Kepuasan Masyarakat', createdAt: printedAt });
  const width = contentWidth(doc);
  let y = drawTitleLines(doc, ['LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)', r.unitName.toUpperCase(), r.instansiName.toUpperCase()], MARGIN.top);
  y += 9;
  for (const line of summaryLines(r)) {
    textLine(doc, line, MARGIN.left, y, { width });
    y += 12;
  }
  y += 6;
  const right = (text: string, bold = false) => cell(text, { align: 'center', bold });
  const rows: Cell[][] = r.unsur.map((u, i) => [right(String(i + 1)), cell(`${u.code}. ${u.name}`), right(String(u.total)), right(dec(u.nrr, 3)), right(dec(u.nrrWeighted, 3))]);
  const label = (text: string): Cell => cell(text, { bold: true, colSpan: 4 });
  const totals: Cell[][] = [
    [label('Jumlah NRR tertimbang'), right(dec(r.nrrWeightedTotal, 3), true)],
    [label('IKM unit pelayanan (Jumlah NRR tertimbang × 25)'), right(dec(shownIndex(r.index), 2), true)],
    [label('Mutu pelayanan'), right(r.mutu ?? '-', true)],
    [label('Kinerja unit pelayanan'), right(r.mutuLabel ?? '-', true)],
  ];
  const next = newPage(doc);
  y = drawTable(
    doc,
    {
      widths: [0.06, 0.5, 0.14, 0.15, 0.15].map((f) => f * width),
      header: [['NO', 'UNSUR PELAYANAN', 'JUMLAH NILAI', 'NRR', 'NRR TERTIMBANG'].map((c) => headerCell(c)), ['(1)', '(2)', '(3)', '(4) = (3) : responden', `(5) = (4) × ${weightLabel(r.weight)}`].map((c) => headerCell(c))],
      groups: [...rows, ...totals].map((row) => ({ span: [], rows: [row] })),
    },
    y,
    next,
  );
  y += 18;
  if (y + 60 > doc.page.height - MARGIN.bottom) y = next();
  textLine(doc, `${placeOfSigning(r.instansiName)}, ${dateInWords(printedAt)}`, MARGIN.left + width * 0.6, y, { width: width * 0.4, align: 'center' });
  textLine(doc, `Kepala ${r.unitName}`, MARGIN.left + width * 0.6, y + 14, { width: width * 0.4, align: 'center' });
  drawPageMarks(doc, { identity: `IKM ${r.unitName} — ${r.period.label}`, statusNote: r.belowMinimum ? 'Responden di bawah jumlah minimal' : null, watermark: null });
  return toBuffer(doc);
}

function boxed(row: ExcelJS.Row, header = false) {
  row.eachCell((c) => {
    c.border = SHEET_BORDER;
    c.alignment = { vertical: 'middle', wrapText: true, horizontal: typeof c.value === 'number' || header ? 'center' : 'left' };
    if (header) {
      c.font = { bold: true };
      c.fill = SHEET_HEADER_FILL;
    }
  });
}

/** `responses`: every respondent's nine scores in submission order, for the "Pengolahan Data" sheet. */
export async function renderIkmXlsx(r: IkmResultView, responses: readonly number[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kinerja';
  const sheet = book.addWorksheet('IKM', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 6 }, { width: 48 }, { width: 14 }, { width: 14 }, { width: 16 }];
  sheet.addRow(['LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)']).font = { bold: true, size: 12 };
  sheet.addRow([`${r.unitName} — ${r.instansiName}`]).font = { bold: true };
  for (const line of summaryLines(r)) sheet.addRow([line]);
  sheet.addRow([]);
  boxed(sheet.addRow(['NO', 'UNSUR PELAYANAN', 'JUMLAH NILAI', 'NRR', 'NRR TERTIMBANG']), true);
  r.unsur.forEach((u, i) => boxed(sheet.addRow([i + 1, `${u.code}. ${u.name}`, u.total, u.nrr, u.nrrWeighted])));
  const total = (text: string, value: number | string | null) => {
    const row = sheet.addRow([text, '', '', '', value]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    boxed(row);
    row.font = { bold: true };
    return row;
  };
  total('Jumlah NRR tertimbang', r.nrrWeightedTotal);
  const indexRow = total('IKM unit pelayanan (Jumlah NRR tertimbang × 25)', shownIndex(r.index));
  total('Mutu pelayanan', r.mutu);
  total('Kinerja unit pelayanan', r.mutuLabel);
  for (const c of [4, 5]) sheet.getColumn(c).numFmt = '0.000';
  indexRow.getCell(5).numFmt = '0.00';

  const data = book.addWorksheet('Pengolahan Data');
  data.columns = [{ header: 'No. Responden', width: 14 }, ...r.unsur.map((u) => ({ header: u.code, width: 8 }))];
  boxed(data.getRow(1), true);
  responses.forEach((scores, i) => boxed(data.addRow([i + 1, ...scores])));
  boxed(data.addRow(['Σ Nilai/Unsur', ...r.unsur.map((u) => u.total)]));
  boxed(data.addRow(['NRR/Unsur', ...r.unsur.map((u) => u.nrr)]));
  boxed(data.addRow(['NRR tertimbang/Unsur', ...r.unsur.map((u) => u.nrrWeighted)]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
