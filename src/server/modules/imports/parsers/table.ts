import { AppError } from '../../../platform/errors';
import { IMPORT_MAX_ROWS, type ImportColumn, type ImportRowError } from '../../../../shared/schemas/imports';
import { isBlank, textOf, type Cell } from './cells';
import type { SheetRecord } from './sheet';

/** "NIP BARU", "nipBaru", "Tgl. Lahir*" → nip_baru, nip_baru, tgl_lahir: how headers are compared. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The file's rows with their cells in the order of the kind's columns, whatever order the file had. */
export interface Table {
  headerLine: number;
  /** The header as written in the file, per canonical column name; absent columns are missing. */
  labels: Map<string, string>;
  rows: TableRow[];
}

export interface TableRow {
  line: number;
  /** Indexed like the kind's column list. */
  cells: Cell[];
}

const HEADER_SEARCH_ROWS = 20;

/** Where each known column is in a header row, or null when the key column is not in it. */
function matchHeader(record: SheetRecord, columns: readonly ImportColumn[], keyColumn: string) {
  const lookup = new Map<string, number>();
  columns.forEach((column, index) => {
    for (const name of [column.name, ...column.aliases]) if (!lookup.has(normaliseHeader(name))) lookup.set(normaliseHeader(name), index);
  });
  const positions = new Map<number, number>();
  const errors: ImportRowError[] = [];
  record.cells.forEach((cell, position) => {
    const label = textOf(cell);
    const index = lookup.get(normaliseHeader(label));
    if (index === undefined) return;
    const taken = [...positions.entries()].find(([, i]) => i === index);
    if (taken) errors.push({ row: record.line, column: label, reason: `Kolom ini sama dengan kolom "${textOf(record.cells[taken[0]] ?? null)}" (keduanya dibaca sebagai ${columns[index]!.name}); hapus salah satu.` });
    else positions.set(position, index);
  });
  const keyIndex = columns.findIndex((c) => c.name === keyColumn);
  return [...positions.values()].includes(keyIndex) ? { positions, errors } : null;
}

/**
 * Finds the header row (the first of the first 20 rows naming the key column, so a title above
 * the table is fine), maps its headers to the kind's columns and collects the data rows after
 * it, skipping empty ones. Missing required columns are reported against the header row.
 */
export async function readTable(
  records: AsyncIterable<SheetRecord>,
  columns: readonly ImportColumn[],
  keyColumn: string,
  onRow: (count: number) => void = () => undefined,
): Promise<Table> {
  let header: { line: number; positions: Map<number, number> } | null = null;
  const labels = new Map<string, string>();
  const rows: TableRow[] = [];
  let seen = 0;
  for await (const record of records) {
    if (!header) {
      if (record.cells.every((c) => isBlank(c))) continue;
      const match = matchHeader(record, columns, keyColumn);
      if (!match) {
        if (++seen >= HEADER_SEARCH_ROWS) break;
        continue;
      }
      if (match.errors.length > 0) throw new AppError('RULE_VIOLATION', match.errors);
      header = { line: record.line, positions: match.positions };
      for (const [position, index] of match.positions) labels.set(columns[index]!.name, textOf(record.cells[position] ?? null));
      const missing = columns.filter((c) => c.required && !labels.has(c.name));
      if (missing.length > 0) {
        throw new AppError(
          'RULE_VIOLATION',
          missing.map((c) => ({ row: record.line, column: c.name, reason: `Kolom wajib "${c.name}" tidak ada di baris judul. Gunakan templat atau salah satu nama kolom: ${[c.name, ...c.aliases].join(', ')}.` })),
        );
      }
      continue;
    }
    const cells: Cell[] = new Array(columns.length).fill(null);
    let empty = true;
    for (const [position, index] of header.positions) {
      const cell = record.cells[position] ?? null;
      cells[index] = cell;
      if (!isBlank(cell)) empty = false;
    }
    if (empty) continue;
    if (rows.length >= IMPORT_MAX_ROWS) {
      throw new AppError('PAYLOAD_TOO_LARGE', [{ path: 'file', message: `Berkas berisi lebih dari ${IMPORT_MAX_ROWS.toLocaleString('id-ID')} baris data; pecah menjadi beberapa berkas.` }]);
    }
    rows.push({ line: record.line, cells });
    onRow(rows.length);
  }
  if (!header) {
    throw new AppError('RULE_VIOLATION', [
      { row: 1, column: keyColumn, reason: `Baris judul tidak ditemukan: tidak ada kolom "${keyColumn}" di ${HEADER_SEARCH_ROWS} baris pertama. Unduh templat dan salin data ke dalamnya.` },
    ]);
  }
  return { headerLine: header.line, labels, rows };
}

/** Reading a row's cells by column name, and naming a column as the file does. */
export function columnAccess(columns: readonly ImportColumn[], table: Table) {
  const index = new Map(columns.map((c, i) => [c.name, i]));
  return {
    cell: (row: TableRow, name: string): Cell => row.cells[index.get(name)!] ?? null,
    has: (name: string) => table.labels.has(name),
    label: (name: string) => table.labels.get(name) ?? name,
  };
}
