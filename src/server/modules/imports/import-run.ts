import type { ImportColumn, ImportFormat, ImportPhase, ImportProgress, ImportResult } from '../../../shared/schemas/imports';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import { inTransaction, type Trx } from '../../platform/db/transaction';
import { AppError, conflict } from '../../platform/errors';
import { lockImports } from './imports.repository';
import type { ImportScope } from './imports.policy';
import { readCsvRecords } from './parsers/csv';
import { sniffFormat } from './parsers/detect';
import { readTable, type Table } from './parsers/table';
import { readXlsxRecords } from './parsers/xlsx';
import { RowErrors } from './row-errors';

/** One import: who, where, the file as a stream (HTTP upload or file on disk), and how. */
export interface ImportRequest {
  scope: ImportScope;
  actor: AuditActor;
  input: AsyncIterable<Buffer>;
  fileName: string;
  /** Validate and count, then roll everything back. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export type Progress = (phase: ImportPhase, done: number, total?: number) => void;

export function progressOf(request: ImportRequest): Progress {
  return (phase, done, total) => request.onProgress?.(total === undefined ? { phase, done } : { phase, done, total });
}

const PARSE_REPORT_EVERY = 1000;

/** Streams the upload into rows (format from its first bytes); no database is touched yet. */
export async function readUpload(request: ImportRequest, columns: readonly ImportColumn[], keyColumn: string, progress: Progress): Promise<{ format: ImportFormat; table: Table }> {
  progress('parse', 0);
  const { format, stream } = await sniffFormat(request.input);
  const records = format === 'xlsx' ? readXlsxRecords(stream) : readCsvRecords(stream);
  const table = await readTable(records, columns, keyColumn, (count) => {
    if (count % PARSE_REPORT_EVERY === 0) progress('parse', count);
  });
  progress('parse', table.rows.length, table.rows.length);
  return { format, table };
}

/** Errors labelled with the file's own headers. */
export const errorListsFor = (table: Table, columns: readonly ImportColumn[]) => {
  // Only the labels are kept, so the raw rows can be collected once they are read.
  const labels = table.labels;
  const label = (column: string) => labels.get(column) ?? column;
  const order = columns.map((c) => c.name);
  return { errors: new RowErrors(label, order), scopeErrors: new RowErrors(label, order) };
};

/** All-or-nothing: scope problems are 403 (they say where the file reaches), the rest 422. */
export function failOnErrors(errors: RowErrors, scopeErrors: RowErrors): void {
  if (scopeErrors.size > 0) throw new AppError('FORBIDDEN_SCOPE', scopeErrors.sorted());
  if (errors.size > 0) throw new AppError('RULE_VIOLATION', errors.sorted());
}

class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

/**
 * Validation and writes in one transaction, after a per-instansi lock, so what was checked is
 * what gets written. A dry run does the same work and rolls it back, so its counts (incomplete
 * chains included) are exactly what the import would do.
 */
export async function inImportTransaction(ctx: AppContext, request: ImportRequest, work: (trx: Trx) => Promise<ImportResult>): Promise<ImportResult> {
  try {
    return await inTransaction(ctx.db, async (trx) => {
      await lockImports(trx, request.scope.instansiId);
      const result = await work(trx);
      if (request.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    if ((error as { code?: string }).code === '23505') throw conflict('Data berubah ketika impor berjalan (duplikat). Ulangi impor.');
    throw error;
  }
}

export const emptyCounts = { jabatanCreated: 0, jabatanUpdated: 0, placementsOpened: 0, placementsClosed: 0, overridesSet: 0, overridesEnded: 0, accountsCreated: 0 };
