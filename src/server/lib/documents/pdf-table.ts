// A bordered table that breaks across pages cleanly: rows are measured first, a group of rows
// (one RHK and its IKI lines) stays on one page when it can, and the column headers are drawn
// again at the top of every page the table continues on.
import { cell, cellHeight, contentBottom, drawCell, HEADER_FILL, MARGIN, spanWidths, type Cell, type Doc } from './pdf-layout';

/**
 * Rows that belong together. `span` cells cover the first `span.length` columns across all of
 * the group's rows (the RHK beside its IKI lines); each row covers the remaining columns.
 */
export interface RowGroup {
  span: Cell[];
  rows: Cell[][];
  /** Never leave this group alone at the foot of a page (a band such as "A. UTAMA"). */
  keepWithNext?: boolean;
}

export interface TableSpec {
  widths: number[];
  /** Drawn once, above the column headers (e.g. "HASIL KERJA"). */
  caption?: Cell[];
  /** Column header rows, repeated on every page. */
  header: Cell[][];
  groups: RowGroup[];
}

/** A table's caption ("HASIL KERJA"): bold and shaded across `columns` columns. */
export const captionRow = (text: string, columns: number, align: Cell['align'] = 'left'): Cell[] => [cell(text, { bold: true, fill: HEADER_FILL, colSpan: columns, align })];

interface Measured {
  group: RowGroup;
  spanHeights: number[];
  rowHeights: number[];
}

const CONTINUED = '(lanjutan)';

function rowHeight(doc: Doc, widths: number[], row: Cell[], firstColumn: number): number {
  const ws = spanWidths(widths, row, firstColumn);
  return Math.max(0, ...row.map((c, i) => cellHeight(doc, c, ws[i] ?? 0)));
}

function measure(doc: Doc, widths: number[], group: RowGroup): Measured {
  const spanWs = spanWidths(widths, group.span);
  return {
    group,
    spanHeights: group.span.map((c, i) => cellHeight(doc, c, spanWs[i] ?? 0)),
    rowHeights: group.rows.map((r) => rowHeight(doc, widths, r, group.span.length)),
  };
}

/** Height of rows [from, to) of a group, stretched so its span cells fit. */
function partHeight(m: Measured, from: number, to: number, spanHeights: number[]): number {
  const rows = m.rowHeights.slice(from, to).reduce((a, b) => a + b, 0);
  return Math.max(rows, ...spanHeights);
}

function drawRow(doc: Doc, widths: number[], row: Cell[], firstColumn: number, y: number, h: number): void {
  const ws = spanWidths(widths, row, firstColumn);
  let x = MARGIN.left + widths.slice(0, firstColumn).reduce((a, b) => a + b, 0);
  row.forEach((c, i) => {
    drawCell(doc, c, x, y, ws[i] ?? 0, h);
    x += ws[i] ?? 0;
  });
}

/** Draws rows [from, to) of a group at y; returns the y below it. */
function drawPart(doc: Doc, widths: number[], m: Measured, from: number, to: number, y: number, span: Cell[], spanHeights: number[]): number {
  const total = partHeight(m, from, to, spanHeights);
  drawRow(doc, widths, span, 0, y, total);
  // Rows shorter than the span cells beside them share the extra height evenly.
  const rows = m.rowHeights.slice(from, to);
  const extra = rows.length > 0 ? (total - rows.reduce((a, b) => a + b, 0)) / rows.length : 0;
  let rowY = y;
  rows.forEach((h, i) => {
    drawRow(doc, widths, m.group.rows[from + i] ?? [], span.length, rowY, h + extra);
    rowY += h + extra;
  });
  return y + total;
}

/** The span cells repeated on a page the group continues on: the number kept, the texts marked. */
function continuedSpan(span: Cell[]): Cell[] {
  return span.map((c, i) => (i === 0 ? c : { ...c, paragraphs: [{ text: CONTINUED }] }));
}

/**
 * Draws the table from `y` (adding pages as needed) and returns the y below it.
 * `newPage` adds a page and returns the y to continue at.
 */
export function drawTable(doc: Doc, spec: TableSpec, startY: number, newPage: () => number): number {
  const headerHeights = spec.header.map((r) => rowHeight(doc, spec.widths, r, 0));
  const headerTotal = headerHeights.reduce((a, b) => a + b, 0);
  const captionHeight = spec.caption ? rowHeight(doc, spec.widths, spec.caption, 0) : 0;
  const measured = spec.groups.map((g) => measure(doc, spec.widths, g));
  const groupHeight = (m: Measured | undefined) => (m ? partHeight(m, 0, m.rowHeights.length, m.spanHeights) : 0);
  const firstRowHeight = (m: Measured | undefined) => (m ? partHeight(m, 0, Math.min(1, m.rowHeights.length), m.spanHeights) : 0);

  const drawHeader = (y: number): number => {
    spec.header.forEach((row, i) => {
      drawRow(doc, spec.widths, row, 0, y, headerHeights[i] ?? 0);
      y += headerHeights[i] ?? 0;
    });
    return y;
  };

  let y = startY;
  // Caption, header and the first rows go together.
  if (y + captionHeight + headerTotal + firstRowHeight(measured[0]) > contentBottom(doc)) y = newPage();
  if (spec.caption) {
    drawRow(doc, spec.widths, spec.caption, 0, y, captionHeight);
    y += captionHeight;
  }
  y = drawHeader(y);
  let pageTop = y;
  const breakPage = () => {
    y = drawHeader(newPage());
    pageTop = y;
  };

  measured.forEach((m, index) => {
    const next = m.group.keepWithNext ? firstRowHeight(measured[index + 1]) : 0;
    if (y + groupHeight(m) + next > contentBottom(doc) && y > pageTop) breakPage();
    // A group taller than what is left is split between its rows, the RHK repeated as "(lanjutan)".
    let from = 0;
    let span = m.group.span;
    let spanHeights = m.spanHeights;
    while (from < m.rowHeights.length || (from === 0 && m.rowHeights.length === 0)) {
      let to = from + 1;
      while (to < m.rowHeights.length && y + partHeight(m, from, to + 1, spanHeights) <= contentBottom(doc)) to += 1;
      if (y + partHeight(m, from, to, spanHeights) > contentBottom(doc) && y > pageTop) {
        breakPage();
        continue;
      }
      y = drawPart(doc, spec.widths, m, from, Math.min(to, m.rowHeights.length), y, span, spanHeights);
      if (to >= m.rowHeights.length) break;
      from = to;
      span = continuedSpan(m.group.span);
      spanHeights = span.map((c, i) => cellHeight(doc, c, spanWidths(spec.widths, span)[i] ?? 0));
      breakPage();
    }
  });
  return y;
}
