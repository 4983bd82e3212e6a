import { runBenchScript } from './child-process';
import { withCleanup } from './cleanups';
import type { DatabaseTarget } from './database-targets';
import type { ImportRun } from './import-runner';
import type { PlanningFixture } from './planning-setup';
import { formatNumber } from './results-table';
import type { ScaleFiles } from './scale-files';
import { opdCode } from './scale-org';
import { scaleScenarios } from './scale-scenarios';
import { pegawaiCursorAt, signInImportedPegawai } from './scale-session';
import { runScenario, type ScenarioOutcome } from './scenario-runner';
import type { Scenario } from './scenarios';
import { startServer, type RunningServer } from './server-launcher';
import { signInDemoAdmin } from './sign-in';
import type { TableStats } from './table-stats';

/** One import into one database: rows per second of the service call, and where its time went. */
export interface ImportOutcome {
  database: string;
  file: string;
  rows: number;
  serviceSeconds: number;
  parseSeconds: number | null;
  validateSeconds: number | null;
  writeRowsSeconds: number | null;
  /** After the last row is written: stated atasan, penilai chains of the instansi, audit, commit. */
  afterRowsSeconds: number | null;
  wallSeconds: number;
}

/** Where the scale section puts what it measured, as it goes (an import still counts if a later step fails). */
export interface ScaleSink {
  imports: ImportOutcome[];
  outcomes: ScenarioOutcome[];
  /** Setup facts for the report header. */
  notes: string[];
  /** Rows that could not run (their request did not answer 200 before the load). */
  failures: string[];
}

/** The keyset row starts after this many rows (300 pages of 50), or halfway down a smaller list. */
const DEEP_ROWS = 15_000;
const NAME_FRAGMENT = 'rizal';

/**
 * After the core rows, with the server stopped: imports the generated units and pegawai into the
 * seeded instansi (the PGlite directory has one opener), fills the first generated OPD with an
 * approved SKP cascade, starts the server on that database again and runs the rows at scale.
 */
export async function benchScale(
  target: DatabaseTarget,
  files: ScaleFiles,
  serverEnv: Record<string, string>,
  durationSeconds: number,
  sink: ScaleSink,
  progress: (message: string) => void,
): Promise<void> {
  const env = { ...target.serverEnv, ...serverEnv };
  for (const [kind, file, label] of [['units', files.unitsFile, 'unit kerja XLSX'], ['pegawai', files.pegawaiFile, 'pegawai XLSX']] as const) {
    progress(`${target.label}: importing ${label} (${kind === 'units' ? files.units : files.pegawai} rows)`);
    const { value, wallSeconds } = await runBenchScript<ImportRun>('import-runner.ts', [kind, file], env);
    const outcome = importOutcome(target.label, label, value, wallSeconds);
    progress(`  → ${formatNumber(outcome.rows / outcome.serviceSeconds)} rows/s (${outcome.serviceSeconds.toFixed(1)} s)`);
    sink.imports.push(outcome);
  }
  progress(`${target.label}: approved SKP cascade for ${opdCode(0)} (SQL)`);
  const { value: planning } = await runBenchScript<PlanningFixture>('planning-setup.ts', [opdCode(0)], env);

  progress(`${target.label}: starting the server on the imported data`);
  const startedAt = performance.now();
  const server = await startServer(env);
  const startSeconds = (performance.now() - startedAt) / 1000;
  const rowsStarted = new Date();
  const run = await withCleanup(server.stop, () => runRows(target, server, planning, durationSeconds, sink, progress));
  const { value: stats } = await runBenchScript<TableStats>('table-stats.ts', [], env);
  sink.notes.push(
    `- ${target.label}, scale: server start on the imported data ${startSeconds.toFixed(1)} s; keyset cursor after row ${run.deepRows.toLocaleString('en-US')}` +
      ` reached in ${Math.ceil(run.deepRows / 200)} pages of 200 (${run.walkSeconds.toFixed(1)} s); ${statisticsNote(stats, rowsStarted)}` +
      (run.logged ? '; the server logged warnings or errors (tail on stderr)' : ''),
    `- ${target.label}, planning: ${planning.skp.toLocaleString('en-US')} approved SKP, ${planning.rhk.toLocaleString('en-US')} RHK, ${planning.iki.toLocaleString('en-US')} IKI,` +
      ` ${planning.skp.toLocaleString('en-US')} snapshots in ${opdCode(0)} (${planning.levels} levels below 3 IKU) inserted in ${planning.setupSeconds.toFixed(1)} s`,
  );
}

/** Signs BKPSDM and the planning staff member in, finds the deep cursor, runs the rows. */
async function runRows(target: DatabaseTarget, server: RunningServer, planning: PlanningFixture, durationSeconds: number, sink: ScaleSink, progress: (message: string) => void) {
  const admin = await signInDemoAdmin(server.baseUrl);
  const staff = await signInImportedPegawai(server.baseUrl, admin, planning.staff.nip);
  const walkStarted = performance.now();
  const deepRows = Math.min(DEEP_ROWS, Math.floor(planning.activePegawai / 100) * 50);
  const deepCursor = await pegawaiCursorAt(server.baseUrl, admin, deepRows);
  const walkSeconds = (performance.now() - walkStarted) / 1000;
  const units = await fetchJson<{ items: unknown[] }>(server.baseUrl, '/api/units', admin.cookie);
  const input = { durationSeconds, admin, staff, pegawai: planning.activePegawai, units: units.items.length, deepCursor, deepRows, fragment: NAME_FRAGMENT, fullName: planning.staff.name, planning };
  for (const scenario of scaleScenarios(input)) {
    const refused = await expectOk(server.baseUrl, scenario).then(() => null, (error: Error) => error.message);
    if (refused) {
      sink.failures.push(`${target.label} / ${scenario.name}: not run, ${refused}`);
      continue;
    }
    progress(`${target.label}: ${scenario.name} (${scenario.measureSeconds} s)`);
    const outcome = await runScenario(server.baseUrl, target.label, scenario);
    progress(`  → ${Math.round(outcome.requestsPerSecond)} req/s, p99 ${outcome.latencyMs.p99} ms, non-2xx ${outcome.non2xx}, errors ${outcome.errors}`);
    sink.outcomes.push(outcome);
  }
  const logged = server.recentOutput().trim();
  if (logged) progress(`${target.label}: the server logged during the scale rows (warn and above, tail):\n${logged}`);
  return { deepRows, walkSeconds, logged: logged !== '' };
}

/** Whether the planner knew the size of the pegawai table while the rows ran (nothing in the app runs ANALYZE). */
function statisticsNote(stats: TableStats, rowsStarted: Date): string {
  if (stats.reltuples < 0) return 'pegawai still had no planner statistics after the rows (never analyzed)';
  if (!stats.lastAnalyzed) return 'pegawai had planner statistics after the rows';
  const analyzed = new Date(stats.lastAnalyzed);
  const offset = Math.round((analyzed.getTime() - rowsStarted.getTime()) / 1000);
  return offset <= 0 ? 'pegawai was analyzed (autovacuum) before the rows began' : `autovacuum analyzed pegawai ${offset} s after the rows began`;
}

function importOutcome(database: string, file: string, run: ImportRun, wallSeconds: number): ImportOutcome {
  const { parse, validate, write } = run.phaseStarts;
  const between = (from: number | undefined | null, to: number | undefined | null) => (from != null && to != null ? to - from : null);
  return {
    database,
    file,
    rows: run.rows,
    serviceSeconds: run.serviceSeconds,
    parseSeconds: between(parse, validate),
    validateSeconds: between(validate, write),
    writeRowsSeconds: between(write, run.rowsWrittenAt),
    afterRowsSeconds: between(run.rowsWrittenAt, run.serviceSeconds),
    wallSeconds,
  };
}

async function fetchJson<T>(baseUrl: string, path: string, cookie: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

/** A row whose request does not answer 200 measures nothing: fail before putting it under load. */
async function expectOk(baseUrl: string, scenario: Scenario): Promise<void> {
  await fetchJson(baseUrl, scenario.path, scenario.headers?.cookie ?? '');
}
