// pdfkit primitives for the official documents (SKP, evaluation, IKM report): the committed fonts,
// A4 landscape geometry, and bordered cells whose height is measured before anything is drawn (so
// tables can break pages cleanly).
import path from 'node:path';
import PDFDocument from 'pdfkit';

/** assets/fonts at the repository root, found from this file rather than the working directory. */
export const FONT_DIR = path.resolve(import.meta.dirname, '../../../../assets/fonts');
export const REGULAR = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';

const CM = 72 / 2.54;
export const MARGIN = { top: 2 * CM, bottom: 2 * CM, left: 2 * CM, right: 2 * CM };
export const FONT_SIZE = 8;
export const LINE_GAP = 1;
export const PAD_X = 4;
export const PAD_Y = 3;
const LABEL_INDENT = 11;
const PARAGRAPH_GAP = 2;
export const HEADER_FILL = '#e8e8e8';
export const BAND_FILL = '#f4f4f4';

export type Doc = PDFKit.PDFDocument;

export function createDocument(info: { title: string; subject: string; createdAt: Date }): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: info.title, Subject: info.subject, Author: 'Kinerja', Creator: 'Kinerja', Producer: 'Kinerja (pdfkit)', CreationDate: info.createdAt },
  });
  doc.registerFont(REGULAR, path.join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont(BOLD, path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  doc.font(REGULAR).fontSize(FONT_SIZE);
  return doc;
}

/** The document as bytes, once pdfkit has written it all. */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export const contentWidth = (doc: Doc): number => doc.page.width - MARGIN.left - MARGIN.right;
export const contentBottom = (doc: Doc): number => doc.page.height - MARGIN.bottom;

/** What drawing code calls when the page is full: adds a page and returns the y to continue at. */
export function newPage(doc: Doc): () => number {
  return () => {
    doc.addPage();
    return MARGIN.top;
  };
}

/** A paragraph in a cell; `label` ("1.") hangs in front of the text, as in a numbered list. */
export interface Paragraph {
  text: string;
  bold?: boolean;
  label?: string;
  size?: number;
}

export interface Cell {
  paragraphs: Paragraph[];
  align?: 'left' | 'center';
  /** Centre the text vertically (header cells); top otherwise. */
  middle?: boolean;
  fill?: string;
  /** Columns this cell covers (1 when absent). */
  colSpan?: number;
}

export const cell = (text: string, options: Omit<Cell, 'paragraphs'> & { bold?: boolean } = {}): Cell => {
  const { bold, ...rest } = options;
  return { paragraphs: [{ text, bold }], ...rest };
};

/** A column header: bold, centred both ways, shaded. */
export const headerCell = (text: string, colSpan?: number): Cell => cell(text, { bold: true, align: 'center', middle: true, fill: HEADER_FILL, colSpan });

/** A cell with one paragraph per line of `text`. */
export const linesCell = (text: string): Cell => ({ paragraphs: text.split('\n').map((t) => ({ text: t })) });

function useFont(doc: Doc, p: Paragraph): void {
  doc.font(p.bold ? BOLD : REGULAR).fontSize(p.size ?? FONT_SIZE);
}

function textWidth(width: number, p: Paragraph): number {
  return Math.max(8, width - 2 * PAD_X - (p.label ? LABEL_INDENT : 0));
}

function paragraphHeight(doc: Doc, p: Paragraph, width: number, align: Cell['align']): number {
  useFont(doc, p);
  return doc.heightOfString(p.text || ' ', { width: textWidth(width, p), lineGap: LINE_GAP, align: align ?? 'left' });
}

/** The height `c` needs at `width`, padding included. */
export function cellHeight(doc: Doc, c: Cell, width: number): number {
  return bodyHeight(doc, c, width) + 2 * PAD_Y;
}

function bodyHeight(doc: Doc, c: Cell, width: number): number {
  return c.paragraphs.reduce((sum, p, i) => sum + paragraphHeight(doc, p, width, c.align) + (i > 0 ? PARAGRAPH_GAP : 0), 0);
}

/**
 * Draws `c` in the box (x, y, w, h) with a border. The text is limited to the box, so a
 * measurement off by a fraction can never make pdfkit start a page of its own.
 */
export function drawCell(doc: Doc, c: Cell, x: number, y: number, w: number, h: number): void {
  if (c.fill) doc.save().rect(x, y, w, h).fill(c.fill).restore();
  doc.save().lineWidth(0.5).strokeColor('#000000').rect(x, y, w, h).stroke().restore();
  let top = y + PAD_Y + (c.middle ? Math.max(0, (h - 2 * PAD_Y - bodyHeight(doc, c, w)) / 2) : 0);
  const limit = y + h - PAD_Y + 1;
  c.paragraphs.forEach((p, i) => {
    if (i > 0) top += PARAGRAPH_GAP;
    const needed = paragraphHeight(doc, p, w, c.align);
    const room = limit - top;
    if (room < (p.size ?? FONT_SIZE)) return;
    useFont(doc, p);
    const left = x + PAD_X;
    if (p.label) doc.text(p.label, left, top, { width: LABEL_INDENT, lineBreak: false, height: room });
    useFont(doc, p);
    doc.fillColor('#000000').text(p.text || ' ', left + (p.label ? LABEL_INDENT : 0), top, {
      width: textWidth(w, p),
      height: Math.min(needed + 1, room),
      lineGap: LINE_GAP,
      align: c.align ?? 'left',
      ellipsis: needed > room,
    });
    top += needed;
  });
}

/** Widths of the columns a row's cells cover, honouring colSpan. */
export function spanWidths(widths: number[], cells: Cell[], firstColumn = 0): number[] {
  let column = firstColumn;
  return cells.map((c) => {
    const span = c.colSpan ?? 1;
    const w = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return w;
  });
}

/** Writes one line of text with no wrapping and no page break, e.g. in the page's margin. */
export function textLine(doc: Doc, text: string, x: number, y: number, options: { width: number; bold?: boolean; size?: number; align?: 'left' | 'center' | 'right' }): void {
  doc.font(options.bold ? BOLD : REGULAR).fontSize(options.size ?? FONT_SIZE);
  doc.fillColor('#000000').text(text, x, y, { width: options.width, align: options.align ?? 'left', lineBreak: false, height: (options.size ?? FONT_SIZE) * 2 });
}
