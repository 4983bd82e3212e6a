// The Dokumen Evaluasi Kinerja Pegawai as an A4 landscape PDF, drawn with the document toolkit
// the SKP uses too, so both official documents look alike.
import type { EvaluationView } from '../../../shared/schemas/evaluation';
import { captionRow, cell, contentBottom, contentWidth, createDocument, dateInWords, drawPageMarks, drawSignatures, drawTable, drawTitleLines, FONT_SIZE, headerCell, linesCell, MARGIN, newPage, placeOfSigning, textLine, toBuffer, type Doc, type RowGroup, type TableSpec } from '../../lib/documents';
import { evaluationDocument, IDENTITY_LABELS, type EvaluationDocument } from './evaluation-document';

const GAP = 10;
const NO = 24;
const pairs = (rows: { label: string; value: string }[]): RowGroup[] => rows.map((r) => ({ span: [], rows: [[cell(r.label, { bold: true }), linesCell(r.value)]] }));

/** NO / label / the pegawai, the pejabat penilai and the atasan pejabat penilai side by side. */
function identityTable(model: EvaluationDocument, width: number): TableSpec {
  const label = 80;
  const value = (width - NO - label) / model.seats.length;
  return {
    widths: [NO, label, ...model.seats.map(() => value)],
    header: [[headerCell('NO'), headerCell(''), ...model.seats.map((s) => headerCell(s.title))]],
    groups: IDENTITY_LABELS.map((l, i): RowGroup => ({ span: [], rows: [[cell(String(i + 1), { align: 'center' }), cell(l), ...model.seats.map((s) => cell(s.values[i] ?? '-'))]] })),
  };
}

function hasilKerjaTable(model: EvaluationDocument, width: number): TableSpec {
  const rest = width - NO - 60 - 56 - 70;
  const widths = [NO, rest * 0.24, rest * 0.24, 60, 56, rest * 0.24, 70, rest * 0.28];
  const columns = ['NO', 'RENCANA HASIL KERJA', 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', 'RATING', 'ASPEK', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'REALISASI BERDASARKAN BUKTI DUKUNG'];
  return {
    widths,
    caption: captionRow('HASIL KERJA', columns.length),
    header: [columns.map((c) => headerCell(c))],
    groups: model.hasilKerja.map((r) => ({
      span: [cell(r.no, { align: 'center' }), { paragraphs: [{ text: r.rhk }, { text: `(${r.jenis})`, size: FONT_SIZE - 1 }] }, linesCell(r.feedback), cell(r.rating, { align: 'center' })],
      rows: r.lines.map((l) => [cell(l.aspek), cell(l.indicator), cell(l.target, { align: 'center' }), cell(l.realisasi)]),
    })),
  };
}

function perilakuTable(model: EvaluationDocument, width: number): TableSpec {
  const rest = width - NO;
  return {
    widths: [NO, rest * 0.3, rest * 0.3, rest * 0.4],
    caption: captionRow('PERILAKU KERJA', 4),
    header: [['NO', 'PERILAKU KERJA', 'EKSPEKTASI KHUSUS PIMPINAN', 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG'].map((c) => headerCell(c))],
    groups: model.perilaku.map((p) => ({ span: [], rows: [[cell(p.no, { align: 'center' }), cell(p.name, { bold: true }), linesCell(p.ekspektasi), linesCell(p.feedback)]] })),
  };
}

const ratingTable = (width: number, rows: { label: string; value: string }[]): TableSpec => ({ widths: [200, width - 200], header: [], groups: pairs(rows) });

function curveTable(curve: NonNullable<EvaluationDocument['curve']>, width: number): TableSpec {
  const groups: RowGroup[] = curve.rows.map((r) => ({ span: [], rows: [[cell(r.predikat), cell(r.rule, { align: 'center' }), cell(String(r.count), { align: 'center' })]] }));
  if (curve.justification) groups.push({ span: [], rows: [[cell('Justifikasi penilai', { bold: true }), linesCell(curve.justification), cell('')]] });
  return {
    widths: [160, width * 0.5 - 160 - 90, 90],
    caption: captionRow(curve.title, 3),
    header: [['PREDIKAT', 'KETENTUAN (JUMLAH PEGAWAI)', 'DALAM KELOMPOK'].map((c) => headerCell(c))],
    groups,
  };
}

/** The curve as bars beside its table: how many pegawai got each predikat. */
function drawBars(doc: Doc, curve: NonNullable<EvaluationDocument['curve']>, x: number, y: number, width: number, height: number): void {
  const max = Math.max(1, ...curve.counts);
  const slot = width / curve.counts.length;
  curve.counts.forEach((count, i) => {
    const barHeight = ((height - 24) * count) / max;
    const left = x + i * slot + slot * 0.2;
    doc.save().rect(left, y + height - 12 - barHeight, slot * 0.6, barHeight).fill('#7a9cc6').restore();
    textLine(doc, String(count), x + i * slot, y + height - 24 - barHeight, { width: slot, align: 'center', size: FONT_SIZE - 1 });
    textLine(doc, curve.rows[i]?.predikat ?? '', x + i * slot, y + height - 10, { width: slot, align: 'center', size: FONT_SIZE - 2 });
  });
  doc.save().lineWidth(0.5).strokeColor('#000000').moveTo(x, y + height - 12).lineTo(x + width, y + height - 12).stroke().restore();
}

/** Renders the evaluation as it is now (a regenerated document shows a keberatan decision). */
export async function renderEvaluationPdf(view: EvaluationView, options: { printedAt: Date; instansiName: string }): Promise<Buffer> {
  const model = evaluationDocument(view, options.instansiName);
  const doc = createDocument({ title: `Evaluasi Kinerja — ${view.pegawai.name}`, subject: `Dokumen Evaluasi Kinerja Pegawai, ${model.title[1]}`, createdAt: options.printedAt });
  const width = contentWidth(doc);
  const next = newPage(doc);
  let y = drawTitleLines(doc, model.title, MARGIN.top);
  textLine(doc, model.period, MARGIN.left, y + 4, { width, bold: true, size: FONT_SIZE + 1 });
  y = drawTable(doc, identityTable(model, width), y + 20, next);
  y = drawTable(doc, hasilKerjaTable(model, width), y + GAP, next);
  y = drawTable(doc, ratingTable(width, [{ label: 'RATING HASIL KERJA', value: model.ratingHasilKerja.rating }, { label: 'Justifikasi', value: model.ratingHasilKerja.justification }]), y + GAP, next);
  y = drawTable(doc, perilakuTable(model, width), y + GAP, next);
  const verdict = [{ label: 'RATING PERILAKU KERJA', value: model.ratingPerilaku.rating }, { label: 'Justifikasi', value: model.ratingPerilaku.justification }, { label: 'PREDIKAT KINERJA PEGAWAI', value: model.predikat }];
  if (model.angkaKredit) verdict.push({ label: 'ANGKA KREDIT', value: model.angkaKredit });
  y = drawTable(doc, ratingTable(width, verdict), y + GAP, next);
  if (model.curve) {
    if (y + GAP + 150 > contentBottom(doc)) y = next();
    else y += GAP;
    const top = y;
    y = drawTable(doc, curveTable(model.curve, width), y, next);
    drawBars(doc, model.curve, MARGIN.left + width * 0.55, top + 10, width * 0.42, Math.max(90, y - top - 10));
  }
  if (model.keberatan) {
    y = drawTable(doc, { widths: [200, width - 200], caption: captionRow('KEBERATAN (PP 30/2019 PASAL 59)', 2), header: [], groups: pairs(model.keberatan) }, y + GAP, next);
  }
  const placeDate = `${placeOfSigning(options.instansiName)}, ${dateInWords(options.printedAt)}`;
  drawSignatures(doc, { placeDate, left: { label: 'Pegawai yang Dinilai', ...model.pegawai }, right: { label: 'Pejabat Penilai Kinerja', ...model.signer } }, y, next);
  drawPageMarks(doc, { identity: `Evaluasi kinerja · ${view.pegawai.name} · ${model.pegawai.nip}`, statusNote: model.statusNote, watermark: view.status === 'DRAFT' || view.status === 'DINILAI' ? 'DRAF' : null });
  return toBuffer(doc);
}
