// The SKP's tables as TableSpecs: identity blocks, Hasil Kerja, Perilaku Kerja, Lampiran.
import { BAND_FILL, captionRow, cell, FONT_SIZE, HEADER_FILL, headerCell, linesCell, type Cell, type RowGroup, type TableSpec } from '../../../lib/documents';
import type { SkpDocument } from './skp-content';

const NO_WIDTH = 24;

const numberRow = (count: number): Cell[] =>
  Array.from({ length: count }, (_, i) => ({ paragraphs: [{ text: `(${i + 1})`, size: FONT_SIZE - 1 }], align: 'center' as const, fill: HEADER_FILL }));
const band = (text: string, columns: number): RowGroup => ({ span: [], rows: [[cell(text, { bold: true, fill: BAND_FILL, colSpan: columns })]], keepWithNext: true });

/** NO / label / value twice: the pegawai on the left, the pejabat penilai on the right. */
export function identityTable(model: SkpDocument, width: number): TableSpec {
  const label = 78;
  const value = width / 2 - NO_WIDTH - label;
  const { identity } = model;
  return {
    widths: [NO_WIDTH, label, value, NO_WIDTH, label, value],
    header: [[headerCell('NO'), headerCell(identity.pegawaiTitle, 2), headerCell('NO'), headerCell(identity.penilaiTitle, 2)]],
    groups: identity.rows.map((row, i) => ({
      span: [],
      rows: [[cell(String(i + 1), { align: 'center' }), cell(row.label), cell(row.pegawai), cell(String(i + 1), { align: 'center' }), cell(row.label), cell(row.penilai)]],
    })),
  };
}

function hasilKerjaWidths(width: number, isJpt: boolean): number[] {
  if (isJpt) {
    const fixed = [NO_WIDTH, 56, 78, 80];
    const rest = width - fixed.reduce((a, b) => a + b, 0);
    const [intervened, rhk] = [rest * 0.3, rest * 0.36];
    return [NO_WIDTH, intervened, rhk, 56, rest - intervened - rhk, 78, 80];
  }
  const rest = width - NO_WIDTH - 58 - 92;
  const [intervened, rhk] = [rest * 0.32, rest * 0.34];
  return [NO_WIDTH, intervened, rhk, 58, rest - intervened - rhk, 92];
}

/** One group per RHK: NO, the intervened RHK and the RHK span its IKI lines. */
export function hasilKerjaTable(model: SkpDocument, width: number): TableSpec {
  const { columns, isJpt, groups } = model.hasilKerja;
  const rows: RowGroup[] = groups.flatMap((group) => [
    band(group.title, columns.length),
    ...group.items.map(
      (item): RowGroup => ({
        span: [cell(item.no, { align: 'center' }), linesCell(item.intervened), cell(item.text)],
        rows: item.iki.map((iki) => {
          const line = [cell(iki.aspek), cell(iki.indicator), { ...linesCell(iki.target), align: iki.narrative ? ('left' as const) : ('center' as const) }];
          return isJpt ? [...line, cell(iki.perspektif)] : line;
        }),
      }),
    ),
  ]);
  return {
    widths: hasilKerjaWidths(width, isJpt),
    caption: captionRow('HASIL KERJA', columns.length),
    header: [columns.map((c) => headerCell(c)), numberRow(columns.length)],
    groups: rows,
  };
}

/** The seven BerAKHLAK values, each with its three guides as a numbered list. */
export function perilakuTable(model: SkpDocument, width: number): TableSpec {
  const value = (width - NO_WIDTH) * 0.56;
  const { columns, items } = model.perilaku;
  return {
    widths: [NO_WIDTH, value, width - NO_WIDTH - value],
    caption: captionRow('PERILAKU KERJA', 3),
    header: [columns.map((c) => headerCell(c))],
    groups: items.map((item) => ({
      span: [],
      rows: [
        [
          cell(item.no, { align: 'center' }),
          { paragraphs: [{ text: item.name, bold: true }, ...item.guides.map((g, i) => ({ text: g, label: `${i + 1}.` }))] },
          linesCell(item.ekspektasi),
        ],
      ],
    })),
  };
}

/** Dukungan sumber daya, skema pertanggungjawaban, konsekuensi: a band each, a row per paragraph. */
export function lampiranTable(model: SkpDocument, width: number): TableSpec {
  const { title, sections } = model.lampiran;
  return {
    widths: [width],
    caption: captionRow(title, 1, 'center'),
    header: [],
    groups: sections.flatMap((section, i) => {
      const paragraphs = section.text
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
      return [band(`${i + 1}. ${section.heading}`, 1), ...(paragraphs.length > 0 ? paragraphs : ['-']).map((p): RowGroup => ({ span: [], rows: [[cell(p)]] }))];
    }),
  };
}
