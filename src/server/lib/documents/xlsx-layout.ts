// exceljs helpers for the official workbooks: a row cursor, bordered and merged cells, and row
// heights estimated from the text (Excel does not fit the height of merged or multi-line cells itself).
import type ExcelJS from 'exceljs';

export const SHEET_FONT: Partial<ExcelJS.Font> = { name: 'Arial', size: 10 };
const LINE_HEIGHT = 13;
const MIN_HEIGHT = 16;
export const SHEET_HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
const BAND_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4F4F4' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const SHEET_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export type Tone = 'plain' | 'header' | 'band' | 'title';

export interface Put {
  /** 1-based first and last column the cell covers. */
  from: number;
  to?: number;
  value: ExcelJS.CellValue;
  tone?: Tone;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  border?: boolean;
  /** Rows the cell covers, downwards (an RHK beside its IKI lines). */
  rows?: number;
}

/** Lines `text` takes in a column `width` characters wide (a cautious estimate for Arial 10). */
export function linesFor(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.15) - 2);
  return text.split('\n').reduce((sum, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (word.length > perLine) {
        // A word longer than the column is broken wherever the line ends.
        if (used > 0) lines += 1;
        lines += Math.floor((word.length - 1) / perLine);
        used = word.length % perLine || perLine;
        continue;
      }
      const after = used === 0 ? word.length : used + 1 + word.length;
      if (after > perLine) {
        lines += 1;
        used = word.length;
      } else used = after;
    }
    return sum + lines;
  }, 0);
}

function plainText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

/** Writes the sheet top to bottom; each `row` call lays out one row (and any cells spanning down). */
export class SheetWriter {
  next = 1;
  /** Heights wanted per row, raised by every cell that needs more. */
  private readonly wanted = new Map<number, number>();

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly widths: number[],
  ) {}

  get lastColumn(): number {
    return this.widths.length;
  }

  private width(from: number, to: number): number {
    return this.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  }

  put(row: number, p: Put): void {
    const to = p.to ?? p.from;
    const rows = p.rows ?? 1;
    if (to > p.from || rows > 1) this.sheet.mergeCells(row, p.from, row + rows - 1, to);
    const c = this.sheet.getCell(row, p.from);
    c.value = p.value;
    const tone = p.tone ?? 'plain';
    const bold = p.bold ?? (tone === 'header' || tone === 'band' || tone === 'title');
    c.font = { ...SHEET_FONT, bold, size: tone === 'title' ? 12 : SHEET_FONT.size };
    c.alignment = { wrapText: true, vertical: tone === 'header' ? 'middle' : 'top', horizontal: p.align ?? (tone === 'header' || tone === 'title' ? 'center' : 'left') };
    if (tone === 'header') c.fill = SHEET_HEADER_FILL;
    if (tone === 'band') c.fill = BAND_FILL;
    if (p.border ?? tone !== 'title') {
      for (let r = row; r < row + rows; r += 1) for (let col = p.from; col <= to; col += 1) this.sheet.getCell(r, col).border = SHEET_BORDER;
    }
    const needed = Math.max(MIN_HEIGHT, linesFor(plainText(p.value), this.width(p.from, to)) * LINE_HEIGHT + 4) * (tone === 'title' ? 1.2 : 1);
    // A cell spanning rows asks each of them for its share.
    for (let r = row; r < row + rows; r += 1) this.wanted.set(r, Math.max(this.wanted.get(r) ?? MIN_HEIGHT, needed / rows));
  }

  /** One row of cells; returns its number. */
  row(cells: Put[]): number {
    const row = this.next;
    for (const p of cells) this.put(row, p);
    this.next = row + Math.max(1, ...cells.map((p) => p.rows ?? 1));
    return row;
  }

  /** A cell across the whole width. */
  full(value: ExcelJS.CellValue, tone: Tone, align?: Put['align']): number {
    return this.row([{ from: 1, to: this.lastColumn, value, tone, align }]);
  }

  gap(rows = 1): void {
    this.next += rows;
  }

  /** Applies the wanted heights; call once everything is written. */
  finish(): void {
    for (const [row, height] of this.wanted) this.sheet.getRow(row).height = Math.ceil(height);
  }
}
