// The parts of an official document that are not tables: the centred title, the two signatures,
// and what every page carries (footer with "Halaman x dari y", a watermark while it is a draft).
import { BOLD, contentBottom, contentWidth, FONT_SIZE, MARGIN, REGULAR, textLine, type Doc } from './pdf-layout';

const TITLE_SIZE = 11;
const SIGNATURE_SPACE = 52;
const SIGNATURE_WIDTH = 250;

/** The title lines, bold and centred; returns the y below them. */
export function drawTitleLines(doc: Doc, lines: readonly string[], y: number): number {
  const width = contentWidth(doc);
  for (const line of lines) {
    textLine(doc, line, MARGIN.left, y, { width, bold: true, size: TITLE_SIZE, align: 'center' });
    y += TITLE_SIZE + 4;
  }
  return y;
}

export interface Signer {
  label: string;
  name: string;
  /** "NIP. 19860926 201505 1 001", or null for an official without a NIP. */
  nip: string | null;
}

/** The signing block: the pegawai on the left, place and date above the penilai on the right. */
export interface Signatures {
  placeDate: string;
  left: Signer;
  right: Signer;
}

function drawSigner(doc: Doc, signer: Signer, firstLine: string, x: number, y: number): void {
  const line = FONT_SIZE + 1 + 5;
  if (firstLine) textLine(doc, firstLine, x, y, { width: SIGNATURE_WIDTH, size: FONT_SIZE + 1, align: 'center' });
  textLine(doc, signer.label, x, y + line, { width: SIGNATURE_WIDTH, size: FONT_SIZE + 1, align: 'center' });
  const nameY = y + 2 * line + SIGNATURE_SPACE;
  doc.font(BOLD).fontSize(FONT_SIZE + 1);
  doc.text(signer.name, x, nameY, { width: SIGNATURE_WIDTH, align: 'center', underline: true, height: 2 * (FONT_SIZE + 1) + 4 });
  const nameHeight = doc.heightOfString(signer.name, { width: SIGNATURE_WIDTH });
  if (signer.nip) textLine(doc, signer.nip, x, nameY + nameHeight + 2, { width: SIGNATURE_WIDTH, size: FONT_SIZE + 1, align: 'center' });
}

/** Draws the signatures below `y`, on a new page when they do not fit; returns the y below them. */
export function drawSignatures(doc: Doc, signatures: Signatures, y: number, newPage: () => number): number {
  const height = 2 * (FONT_SIZE + 6) + SIGNATURE_SPACE + 3 * (FONT_SIZE + 6);
  y += 18;
  if (y + height > contentBottom(doc)) y = newPage();
  const width = contentWidth(doc);
  drawSigner(doc, signatures.left, '', MARGIN.left + 20, y);
  drawSigner(doc, signatures.right, signatures.placeDate, MARGIN.left + width - SIGNATURE_WIDTH - 20, y);
  return y + height;
}

export interface PageMarks {
  /** Left of the footer: which document this page belongs to. */
  identity: string;
  statusNote: string | null;
  /** The status word across the page while the document is not final. */
  watermark: string | null;
}

function drawWatermark(doc: Doc, word: string): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-30, { origin: [width / 2, height / 2] });
  doc.font(BOLD).fontSize(1);
  const size = Math.min(120, (width * 0.8) / doc.widthOfString(word));
  doc.opacity(0.07).fillColor('#000000').fontSize(size);
  doc.text(word, width / 2 - doc.widthOfString(word) / 2, height / 2 - size / 2, { lineBreak: false });
  doc.restore();
}

/** Footer and watermark on every buffered page; call once all content is written. */
export function drawPageMarks(doc: Doc, marks: PageMarks): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const width = contentWidth(doc);
    const y = doc.page.height - MARGIN.bottom + 14;
    if (marks.watermark) drawWatermark(doc, marks.watermark);
    doc.save().lineWidth(0.5).strokeColor('#808080').moveTo(MARGIN.left, y - 4).lineTo(MARGIN.left + width, y - 4).stroke().restore();
    textLine(doc, marks.identity, MARGIN.left, y, { width: width * 0.42, size: FONT_SIZE - 1 });
    if (marks.statusNote) textLine(doc, marks.statusNote, MARGIN.left + width * 0.42, y, { width: width * 0.38, size: FONT_SIZE - 1, bold: true, align: 'center' });
    textLine(doc, `Halaman ${i - range.start + 1} dari ${range.count}`, MARGIN.left + width * 0.8, y, { width: width * 0.2, size: FONT_SIZE - 1, align: 'right' });
  }
  doc.font(REGULAR);
}
