/**
 * `npm run bench`: starts the real server on each database, loads it with autocannon and prints
 * one Markdown table (stdout), then the import throughput. Progress and server warnings go to
 * stderr. See bench/README.md.
 */
import { loadBenchConfig, type BenchConfig } from './bench-config';
import { cleanUpOnInterrupt, withCleanup } from './cleanups';
import { checkPostgres, createPgliteTarget, createPostgresTarget, redact, type DatabaseTarget } from './database-targets';
import { benchEvaluationCity } from './evaluation-scale';
import { machineFacts, type MachineFacts } from './machine';
import { renderImportTable, renderResultsTable } from './results-table';
import { writeScaleFiles, type ScaleFiles } from './scale-files';
import { PEGAWAI_PER_OPD, opdCode } from './scale-org';
import { benchPublicService } from './public-service-scale';
import { benchScale, type ScaleSink } from './scale-run';
import { heavySeconds, SCALE_CONNECTIONS } from './scale-scenarios';
import { problemsOf, runScenario } from './scenario-runner';
import { CONNECTIONS, coreScenarios, signInSeconds, WARM_UP_SECONDS } from './scenarios';
import { startServer } from './server-launcher';
import { signInDemoAdmin } from './sign-in';

const SERVER_ENV = {
  KINERJA_SEED: 'demo',
  // The sign-in rows measure argon2id and the session write, not the throttle.
  KINERJA_LOGIN_RATE_LIMIT: '1000000',
  // The public-service rows read the public dashboard from one address, like the sign-in rows.
  KINERJA_PUBLIC_RATE_LIMIT: '1000000',
  LOG_LEVEL: 'warn',
};

/** Everything the report prints; the scale section adds to it as it goes. */
interface Report extends ScaleSink {
  /** The databases, one line each. */
  header: string[];
  /** How the scale and planning data were made. */
  setup: string[];
}

cleanUpOnInterrupt(progress);

async function main(): Promise<number> {
  const facts = machineFacts();
  let config: BenchConfig;
  try {
    config = loadBenchConfig();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const postgres = await checkPostgres(config.postgresAdminUrl);
  if (!postgres.reachable && config.postgresRequired) {
    console.error(`PostgreSQL not reachable at ${redact(config.postgresAdminUrl)} (${postgres.reason}), and CI=true makes that an error.`);
    return 1;
  }

  const report: Report = { header: [], setup: [], notes: [], failures: [], outcomes: [], imports: [] };
  const targets: (() => Promise<DatabaseTarget>)[] = [createPgliteTarget];
  if (postgres.reachable) targets.push(() => createPostgresTarget(config.postgresAdminUrl, `${postgres.version} (autovacuum ${postgres.autovacuum})`));

  const runTargets = async (files: ScaleFiles | null) => {
    for (const createTarget of targets) {
      try {
        const target = await createTarget();
        report.header.push(`- ${target.label}: ${target.description}`);
        await benchTarget(target, config, files, report);
      } catch (error) {
        report.failures.push(`a database target failed: ${(error as Error).message}`);
      }
      if (config.evaluationPegawai === 0) continue;
      try {
        await benchEvaluationCity(createTarget, { pegawai: config.evaluationPegawai, durationSeconds: config.durationSeconds, serverEnv: SERVER_ENV }, report, progress);
      } catch (error) {
        report.failures.push(`the evaluation city failed: ${(error as Error).message}`);
      }
    }
  };
  const files = config.scalePegawai > 0 ? await generateFiles(config.scalePegawai, report) : null;
  if (files) await withCleanup(files.dispose, () => runTargets(files));
  else await runTargets(null);

  if (!postgres.reachable) {
    report.header.push(`- SKIPPED: PostgreSQL not reachable at ${redact(config.postgresAdminUrl)} (${postgres.reason}); set BENCH_DATABASE_URL to bench another server.`);
  }
  for (const outcome of report.outcomes) {
    for (const problem of problemsOf(outcome)) report.failures.push(`${outcome.database} / ${outcome.scenario}: ${problem}`);
  }
  console.log(renderReport(config, facts, report));
  return report.failures.length > 0 ? 1 : 0;
}

async function generateFiles(pegawai: number, report: Report): Promise<ScaleFiles | null> {
  progress(`generating ${pegawai.toLocaleString('en-US')} pegawai as XLSX`);
  try {
    const files = await writeScaleFiles(pegawai);
    report.setup.push(
      `- setup, organisation at scale: ${files.opds} generated OPDs (${opdCode(0)}…) of ${PEGAWAI_PER_OPD.toLocaleString('en-US')} pegawai each — Kepala, Sekretaris and 4 Kabid,` +
        ` 3 Kasubbag and 16 Kasi, 975 staff (a fifth PPPK); ${files.units.toLocaleString('en-US')} units and ${files.pegawai.toLocaleString('en-US')} pegawai` +
        ` (${(files.pegawaiBytes / 1024 ** 2).toFixed(1)} MB XLSX) written by exceljs' streaming writer in ${files.generateSeconds.toFixed(1)} s,` +
        ' imported into the seeded demo instansi by the service `kinerja import` calls, in a process of its own (bench/import-runner.ts)',
      `- setup, planning: in ${opdCode(0)} every pegawai gets an approved SKP (3 RHK, 3 IKI each) cascaded from 3 IKU down the stored atasan chains,` +
        ' by set-based SQL plus the server\'s own approval snapshot (bench/planning-setup.ts); the SKP row opens a staff member\'s SKP as that person, signed in after a BKPSDM password reset',
    );
    return files;
  } catch (error) {
    report.failures.push(`generating the import files failed, no scale or planning rows: ${(error as Error).message}`);
    return null;
  }
}

async function benchTarget(target: DatabaseTarget, config: BenchConfig, files: ScaleFiles | null, report: Report): Promise<void> {
  await withCleanup(target.dispose, async () => {
    progress(`${target.label}: starting the server (migrations and demo seed)`);
    const server = await startServer({ ...target.serverEnv, ...SERVER_ENV });
    await withCleanup(server.stop, async () => {
      const session = await signInDemoAdmin(server.baseUrl);
      for (const scenario of coreScenarios({ durationSeconds: config.durationSeconds, session })) {
        progress(`${target.label}: ${scenario.name} (${scenario.measureSeconds} s)`);
        const outcome = await runScenario(server.baseUrl, target.label, scenario);
        progress(`  → ${Math.round(outcome.requestsPerSecond)} req/s, p99 ${outcome.latencyMs.p99} ms, non-2xx ${outcome.non2xx}, errors ${outcome.errors}`);
        report.outcomes.push(outcome);
      }
      const serverOutput = server.recentOutput().trim();
      if (serverOutput) {
        progress(`${target.label}: the server logged (warn and above, tail):\n${serverOutput}`);
        report.header.push(`- ${target.label}: the server logged warnings or errors during the run (tail on stderr)`);
      }
    });
    try {
      await benchPublicService(target, SERVER_ENV, config.durationSeconds, report, progress);
    } catch (error) {
      report.failures.push(`${target.label} / public service: ${(error as Error).message}`);
    }
    if (!files) return;
    try {
      await benchScale(target, files, SERVER_ENV, config.durationSeconds, report, progress);
    } catch (error) {
      report.failures.push(`${target.label} / scale and planning: ${(error as Error).message}`);
    }
  });
}

function renderReport(config: BenchConfig, facts: MachineFacts, report: Report): string {
  const lines = [
    `## Kinerja bench, ${facts.startedAt.toISOString()}`,
    '',
    `- Node ${facts.node} on ${facts.platform}`,
    `- CPU: ${facts.cpuModel} × ${facts.cpuCount} (shared by the server and the load generator), ${facts.memoryGiB} GiB RAM,` +
      ` load average ${facts.loadAverage} at start`,
    `- autocannon ${facts.autocannon}, ${CONNECTIONS} connections; ${config.durationSeconds} s measured per row after a ${WARM_UP_SECONDS} s warm-up` +
      ` (sign-in: ${signInSeconds(config.durationSeconds)} s after ${CONNECTIONS} warm-up requests)`,
    ...(report.setup.length > 0
      ? [
          `- rows at scale and planning: ${SCALE_CONNECTIONS} connections; searches, tree and pohon ${heavySeconds(config.durationSeconds)} s after ${SCALE_CONNECTIONS} warm-up requests, the others as above`,
        ]
      : []),
    ...report.header,
    ...report.setup,
    ...report.notes,
    '',
    report.outcomes.length > 0 ? renderResultsTable(report.outcomes) : '_No rows were measured._',
  ];
  if (report.imports.length > 0) {
    lines.push('', 'Import throughput (rows/s = rows ÷ service time; the phases add up to it; wall = the whole process):', '', renderImportTable(report.imports));
  }
  if (report.failures.length > 0) lines.push('', '**Problems** (exit code 1):', ...report.failures.map((failure) => `- ${failure}`));
  return lines.join('\n');
}

function progress(message: string) {
  console.error(`[bench] ${message}`);
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
