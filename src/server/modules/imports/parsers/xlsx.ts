import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors';
import type { Cell } from './cells';
import { fileError, type SheetRecord } from './sheet';

/** exceljs cell values as plain cells: rich text joined, formulas as their cached result. */
function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v || 'result' in v) return plainCell(v.result);
    if ('text' in v) return plainCell(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/**
 * exceljs pipes the input into its unzipper, and pipe() does not carry errors: without this an
 * input that fails (too large, connection lost) would leave the reader waiting for ever. One
 * pending wait at a time is failed from outside (a Promise.race per row would pile reactions on
 * a promise that never settles).
 */
function failOnInputError(input: Readable) {
  let failure: unknown = null;
  let failWaiting: ((error: unknown) => void) | null = null;
  input.on('error', (error) => {
    failure = error;
    failWaiting?.(error);
  });
  return async function* guarded<T>(iterable: AsyncIterable<T>): AsyncGenerator<T> {
    const iterator = iterable[Symbol.asyncIterator]();
    for (;;) {
      if (failure) throw failure;
      const next = await new Promise<IteratorResult<T>>((resolve, reject) => {
        failWaiting = reject;
        iterator.next().then(resolve, reject);
      });
      failWaiting = null;
      if (next.done) return;
      yield next.value;
    }
  };
}

interface ReaderInternals {
  model?: { sheets?: { name: string }[] };
}

/**
 * Streams the rows of the workbook's first sheet (in tab order) with exceljs's streaming reader,
 * so a large file is never held whole; the other sheets (e.g. the template's "Petunjuk") are
 * skipped. Styles are read so date-formatted cells arrive as dates.
 */
export async function* readXlsxRecords(input: Readable): AsyncGenerator<SheetRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const guarded = failOnInputError(input);
  let read = false;
  try {
    for await (const sheet of guarded(reader)) {
      const firstTab = (reader as unknown as ReaderInternals).model?.sheets?.[0]?.name;
      const name = (sheet as unknown as { name?: string }).name;
      if (read || (firstTab !== undefined && name !== firstTab)) {
        for await (const _row of guarded(sheet)) void _row;
        continue;
      }
      read = true;
      for await (const row of guarded(sheet)) {
        const cells: Cell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          cells[column - 1] = plainCell(cell.value);
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= null;
        yield { line: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileError(`Berkas XLSX rusak atau bukan buku kerja Excel (${(error as Error).message}). Simpan ulang sebagai .xlsx atau unggah CSV UTF-8.`);
  }
  if (!read) throw fileError('Berkas ZIP ini bukan buku kerja XLSX (tidak ada lembar kerja).');
}
