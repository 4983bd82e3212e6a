// The SKP as an A4 landscape PDF in the layout of the PermenPANRB 6/2022 form.
import type { SkpView } from '../../../../shared/schemas/planning';
import { contentWidth, createDocument, documentNip, drawPageMarks, drawSignatures, drawTable, drawTitleLines, FONT_SIZE, MARGIN, newPage, textLine, toBuffer, type Doc } from '../../../lib/documents';
import { hasilKerjaTable, identityTable, lampiranTable, perilakuTable } from './skp-pdf-tables';
import { skpDocument, type SkpDocument } from './skp-content';
import { revisionNote } from './skp-format';

const SECTION_GAP = 12;
/** The Lampiran starts on a new page unless this much of the page is still free. */
const LAMPIRAN_MIN_SPACE = 150;

/** Title lines centred, then the instansi on the left and the period on the right. Returns y below. */
function drawTitle(doc: Doc, model: SkpDocument, y: number): number {
  const width = contentWidth(doc);
  y = drawTitleLines(doc, model.title, y);
  for (const note of model.notes.filter((n) => n !== model.statusNote)) {
    textLine(doc, note, MARGIN.left, y, { width, size: FONT_SIZE + 1, align: 'center' });
    y += FONT_SIZE + 5;
  }
  y += 8;
  textLine(doc, model.instansi, MARGIN.left, y, { width: width / 2, bold: true, size: FONT_SIZE + 1 });
  textLine(doc, model.period, MARGIN.left + width / 2, y, { width: width / 2, bold: true, size: FONT_SIZE + 1, align: 'right' });
  return y + FONT_SIZE + 8;
}

/** Renders `skp` as it is now; `printedAt` dates the signatures and the document. */
export async function renderSkpPdf(skp: SkpView, options: { printedAt: Date }): Promise<Buffer> {
  const model = skpDocument(skp, options.printedAt);
  const doc = createDocument({
    title: `SKP ${skp.year} — ${skp.pegawai.name}`,
    subject: `Sasaran Kinerja Pegawai ${skp.year}, ${skp.pegawai.name} (NIP ${documentNip(skp.pegawai.nip)})`,
    createdAt: options.printedAt,
  });
  const width = contentWidth(doc);
  const next = newPage(doc);

  let y = drawTitle(doc, model, MARGIN.top);
  y = drawTable(doc, identityTable(model, width), y, next);
  y = drawTable(doc, hasilKerjaTable(model, width), y + SECTION_GAP, next);
  y = drawTable(doc, perilakuTable(model, width), y + SECTION_GAP, next);
  if (y + LAMPIRAN_MIN_SPACE > doc.page.height - MARGIN.bottom) y = next();
  else y += SECTION_GAP;
  y = drawTable(doc, lampiranTable(model, width), y, next);
  drawSignatures(doc, model.signatures, y, next);

  const identity = [`SKP ${skp.year}`, skp.pegawai.name, `NIP ${documentNip(skp.pegawai.nip)}`, revisionNote(skp.revision)].filter(Boolean).join(' · ');
  drawPageMarks(doc, { identity, statusNote: model.statusNote, watermark: model.statusNote ? skp.status : null });
  return toBuffer(doc);
}
