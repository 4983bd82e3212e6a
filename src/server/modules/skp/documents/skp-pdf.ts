// The SKP as an A4 landscape PDF in the layout of the PermenPANRB 6/2022 form.
import type { SkpView } from '../../../../shared/schemas/planning';
import { contentWidth, createDocument, MARGIN, toBuffer, type Doc } from './pdf-layout';
import { drawPageMarks, drawSignatures, drawTitle } from './pdf-sections';
import { drawTable } from './pdf-table';
import { hasilKerjaTable, identityTable, lampiranTable, perilakuTable } from './pdf-tables';
import { skpDocument } from './skp-content';
import { documentNip, revisionNote } from './skp-format';

const SECTION_GAP = 12;
/** The Lampiran starts on a new page unless this much of the page is still free. */
const LAMPIRAN_MIN_SPACE = 150;

function newPage(doc: Doc): () => number {
  return () => {
    doc.addPage();
    return MARGIN.top;
  };
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
  drawSignatures(doc, model, y, next);

  const identity = [`SKP ${skp.year}`, skp.pegawai.name, `NIP ${documentNip(skp.pegawai.nip)}`, revisionNote(skp.revision)].filter(Boolean).join(' · ');
  drawPageMarks(doc, { identity, statusNote: model.statusNote, watermark: model.statusNote ? skp.status : null });
  return toBuffer(doc);
}
