/**
 * Child process of the bench: `tsx bench/import-runner.ts <units|pegawai> <file>` imports one file
 * into the database the environment names (KINERJA_DATA_DIR or DATABASE_URL), exactly as
 * `kinerja import` does — the CLI's withDatabase, the same service call, the first instansi, the
 * system scope — and prints one JSON line: the service's wall time and when each phase began.
 */
import fs from 'node:fs';
import path from 'node:path';
import { withDatabase } from '../src/cli/context';
import { findImportInstansi, importPegawai, importUnits, systemImportScope } from '../src/server/modules/imports';
import { createAppContext } from '../src/server/platform/app-context';
import { systemClock } from '../src/server/platform/clock';
import { AppError } from '../src/server/platform/errors';
import type { ImportPhase } from '../src/shared/schemas/imports';

export interface ImportRun {
  kind: 'units' | 'pegawai';
  rows: number;
  created: number;
  /** From the service call to its result (parse, validate, write, chains, commit). */
  serviceSeconds: number;
  /** Seconds from the call to the first progress report of each phase. */
  phaseStarts: Partial<Record<ImportPhase, number>>;
  /** Seconds from the call to the last row written; after it: stated atasan, penilai chains, audit, commit. */
  rowsWrittenAt: number | null;
  /** Opening the database (and its migration check) before the call. */
  openSeconds: number;
}

const [kindArg, file] = process.argv.slice(2);
if ((kindArg !== 'units' && kindArg !== 'pegawai') || !file) {
  console.error('usage: tsx bench/import-runner.ts <units|pegawai> <file>');
  process.exit(2);
}
const kind = kindArg;
const processStarted = performance.now();

try {
  const result = await withDatabase({ seed: false }, async ({ database, config, logger }) => {
    const openSeconds = (performance.now() - processStarted) / 1000;
    const ctx = createAppContext({ config, database, clock: systemClock, logger });
    const instansi = await findImportInstansi(ctx);
    if (!instansi) throw new Error('no instansi: the server has not seeded this database');
    const phaseStarts: ImportRun['phaseStarts'] = {};
    let rowsWrittenAt: number | null = null;
    const started = performance.now();
    const imported = await (kind === 'units' ? importUnits : importPegawai)(ctx, {
      scope: systemImportScope(instansi.id),
      actor: { instansiId: instansi.id, accountId: null, login: 'bench', ip: null, requestId: null },
      input: fs.createReadStream(file),
      fileName: path.basename(file),
      onProgress: ({ phase, done, total }) => {
        const at = (performance.now() - started) / 1000;
        phaseStarts[phase] ??= at;
        if (phase === 'write' && total !== undefined && done >= total) rowsWrittenAt ??= at;
      },
    });
    const run: ImportRun = { kind, rows: imported.rows, created: imported.created, serviceSeconds: (performance.now() - started) / 1000, phaseStarts, rowsWrittenAt, openSeconds };
    return run;
  });
  console.log(JSON.stringify(result));
  process.exit(0);
} catch (error) {
  if (error instanceof AppError) {
    const details = error.details.slice(0, 10).map((d) => JSON.stringify(d));
    console.error(`import refused (${error.code}), ${error.details.length} problems; first ones:\n${details.join('\n')}`);
  } else console.error(error);
  process.exit(1);
}
