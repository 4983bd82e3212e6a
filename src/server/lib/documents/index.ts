// The document toolkit the modules print through: PDF pages, cells and tables that break pages
// cleanly, title, signatures and page marks; the XLSX sheet writer; the printed forms of text.
export { cell, contentBottom, contentWidth, createDocument, FONT_SIZE, HEADER_FILL, BAND_FILL, headerCell, linesCell, MARGIN, newPage, textLine, toBuffer, type Cell, type Doc } from './pdf-layout';
export { captionRow, drawTable, type RowGroup, type TableSpec } from './pdf-table';
export { drawPageMarks, drawSignatures, drawTitleLines, type PageMarks, type Signatures, type Signer } from './pdf-sections';
export { SHEET_BORDER, SHEET_FONT, SHEET_HEADER_FILL, SheetWriter, type Put, type Tone } from './xlsx-layout';
export { dateInWords, dayInWords, dayMonthInWords, documentNip, orDash, placeOfSigning } from './printed-text';
