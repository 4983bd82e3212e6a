// The SKP as a workbook with one sheet "SKP": the same content as the PDF, laid out for a
// BKPSDM officer to read, file and print (A4 landscape, fitted to the page width).
import ExcelJS from 'exceljs';
import type { SkpView } from '../../../../shared/schemas/planning';
import { documentNip, SHEET_FONT, SheetWriter } from '../../../lib/documents';
import { skpDocument, type SkpDocument } from './skp-content';
import { revisionNote } from './skp-format';

const WIDTHS = [6, 36, 36, 12, 36, 28];
const JPT_WIDTHS = [6, 30, 32, 12, 32, 16, 22];
const INCH_PER_CM = 1 / 2.54;

function writeTitle(w: SheetWriter, model: SkpDocument): void {
  for (const line of model.title) w.full(line, 'title');
  for (const note of model.notes) {
    const row = w.full(note, 'title');
    w.sheet.getCell(row, 1).font = { ...SHEET_FONT, bold: note === model.statusNote, color: { argb: note === model.statusNote ? 'FFC00000' : 'FF000000' } };
  }
  w.gap();
  w.row([
    { from: 1, to: 3, value: model.instansi, bold: true, border: false },
    { from: 4, to: w.lastColumn, value: model.period, bold: true, border: false, align: 'right' },
  ]);
}

function writeIdentity(w: SheetWriter, model: SkpDocument): void {
  const last = w.lastColumn;
  w.row([
    { from: 1, value: 'NO', tone: 'header' },
    { from: 2, to: 3, value: model.identity.pegawaiTitle, tone: 'header' },
    { from: 4, value: 'NO', tone: 'header' },
    { from: 5, to: last, value: model.identity.penilaiTitle, tone: 'header' },
  ]);
  model.identity.rows.forEach((r, i) => {
    w.row([
      { from: 1, value: i + 1, align: 'center' },
      { from: 2, value: r.label },
      { from: 3, value: r.pegawai },
      { from: 4, value: i + 1, align: 'center' },
      { from: 5, value: r.label },
      { from: 6, to: last, value: r.penilai },
    ]);
  });
}

function writeHasilKerja(w: SheetWriter, model: SkpDocument): void {
  const { columns, groups, isJpt } = model.hasilKerja;
  w.full('HASIL KERJA', 'band');
  w.row(columns.map((c, i) => ({ from: i + 1, value: c, tone: 'header' as const })));
  w.row(columns.map((_, i) => ({ from: i + 1, value: `(${i + 1})`, tone: 'header' as const })));
  for (const group of groups) {
    w.full(group.title, 'band');
    for (const item of group.items) {
      const rows = item.iki.length;
      const top = w.row([
        { from: 1, value: item.no === '-' ? '-' : Number(item.no), align: 'center', rows },
        { from: 2, value: item.intervened, rows },
        { from: 3, value: item.text, rows },
      ]);
      item.iki.forEach((iki, i) => {
        const cells = [
          { from: 4, value: iki.aspek },
          { from: 5, value: iki.indicator },
          { from: 6, value: iki.target, align: iki.narrative ? ('left' as const) : ('center' as const) },
        ];
        for (const p of isJpt ? [...cells, { from: 7, value: iki.perspektif }] : cells) w.put(top + i, p);
      });
    }
  }
}

function writePerilaku(w: SheetWriter, model: SkpDocument): void {
  const last = w.lastColumn;
  w.full('PERILAKU KERJA', 'band');
  const [no, value, ekspektasi] = model.perilaku.columns;
  w.row([
    { from: 1, value: no, tone: 'header' },
    { from: 2, to: 3, value, tone: 'header' },
    { from: 4, to: last, value: ekspektasi, tone: 'header' },
  ]);
  for (const item of model.perilaku.items) {
    const guides = item.guides.map((g, i) => `${i + 1}. ${g}`).join('\n');
    w.row([
      { from: 1, value: Number(item.no), align: 'center' },
      { from: 2, to: 3, value: { richText: [{ text: `${item.name}\n`, font: { ...SHEET_FONT, bold: true } }, { text: guides, font: SHEET_FONT }] } },
      { from: 4, to: last, value: item.ekspektasi },
    ]);
  }
}

function writeLampiran(w: SheetWriter, model: SkpDocument): void {
  w.full(model.lampiran.title, 'header');
  model.lampiran.sections.forEach((section, i) => {
    w.full(`${i + 1}. ${section.heading}`, 'band');
    w.full(section.text, 'plain');
  });
}

function writeSignatures(w: SheetWriter, model: SkpDocument): void {
  const { left, right, placeDate } = model.signatures;
  const last = w.lastColumn;
  const both = (l: string, r: string, bold = false) =>
    w.row([
      { from: 2, value: l, border: false, align: 'center', bold },
      { from: 5, to: last, value: r, border: false, align: 'center', bold },
    ]);
  both('', placeDate);
  both(left.label, right.label);
  w.gap(3);
  const names = both(left.name, right.name, true);
  for (const col of [2, 5]) w.sheet.getCell(names, col).font = { ...SHEET_FONT, bold: true, underline: true };
  both(left.nip ?? '', right.nip ?? '');
}

function setUpPrinting(sheet: ExcelJS.Worksheet, skp: SkpView, model: SkpDocument): void {
  const margin = 2 * INCH_PER_CM;
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: margin, right: margin, top: margin, bottom: margin, header: 0.3, footer: 0.3 },
  };
  const escape = (text: string) => text.replace(/&/g, '&&');
  const identity = escape([`SKP ${skp.year}`, skp.pegawai.name, `NIP ${documentNip(skp.pegawai.nip)}`, revisionNote(skp.revision)].filter(Boolean).join(' · '));
  const status = model.statusNote ? `&C&8&B${escape(model.statusNote)}` : '';
  sheet.headerFooter = { oddFooter: `&L&8${identity}${status}&R&8Halaman &P dari &N` };
}

/** The workbook of `skp`; `printedAt` (default now) dates the signatures. */
export async function renderSkpXlsx(skp: SkpView, options: { printedAt?: Date } = {}): Promise<Buffer> {
  const printedAt = options.printedAt ?? new Date();
  const model = skpDocument(skp, printedAt);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja';
  workbook.created = printedAt;
  workbook.title = `SKP ${skp.year} — ${skp.pegawai.name}`;
  const widths = skp.isJpt ? JPT_WIDTHS : WIDTHS;
  const sheet = workbook.addWorksheet('SKP', { views: [{ showGridLines: false }] });
  sheet.columns = widths.map((width) => ({ width }));

  const w = new SheetWriter(sheet, widths);
  writeTitle(w, model);
  writeIdentity(w, model);
  w.gap();
  writeHasilKerja(w, model);
  w.gap();
  writePerilaku(w, model);
  w.gap();
  writeLampiran(w, model);
  w.gap();
  writeSignatures(w, model);
  w.finish();
  setUpPrinting(sheet, skp, model);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
