/**
 * `npm run bench`: starts the real server on each database, loads it with autocannon and prints
 * one Markdown table (stdout). Progress and server warnings go to stderr. See bench/README.md.
 */
import { loadBenchConfig, type BenchConfig } from './bench-config';
import { checkPostgres, createPgliteTarget, createPostgresTarget, redact, type DatabaseTarget } from './database-targets';
import { machineFacts, type MachineFacts } from './machine';
import { renderResultsTable } from './results-table';
import { problemsOf, runScenario, type ScenarioOutcome } from './scenario-runner';
import { CONNECTIONS, coreScenarios, signInSeconds, WARM_UP_SECONDS } from './scenarios';
import { startServer } from './server-launcher';
import { signInDemoAdmin } from './sign-in';

const SERVER_ENV = {
  KINERJA_SEED: 'demo',
  // The sign-in rows measure argon2id and the session write, not the throttle.
  KINERJA_LOGIN_RATE_LIMIT: '1000000',
  LOG_LEVEL: 'warn',
};

/** Undo steps for whatever is running now, so Ctrl-C still stops the server and drops the database. */
const cleanups = new Set<() => Promise<void>>();
process.once('SIGINT', () => {
  progress('interrupted: cleaning up');
  void (async () => {
    // Newest first: the server stops before its database is dropped.
    for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => undefined);
    process.exit(130);
  })();
});

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

  const header: string[] = [];
  const failures: string[] = [];
  const outcomes: ScenarioOutcome[] = [];
  const targets: (() => Promise<DatabaseTarget>)[] = [createPgliteTarget];
  if (postgres.reachable) targets.push(() => createPostgresTarget(config.postgresAdminUrl, postgres.version));

  for (const createTarget of targets) {
    try {
      const target = await createTarget();
      header.push(`- ${target.label}: ${target.description}`);
      outcomes.push(...(await benchTarget(target, config, header)));
    } catch (error) {
      failures.push(`a database target failed: ${(error as Error).message}`);
    }
  }
  if (!postgres.reachable) {
    header.push(`- SKIPPED: PostgreSQL not reachable at ${redact(config.postgresAdminUrl)} (${postgres.reason}); set BENCH_DATABASE_URL to bench another server.`);
  }

  for (const outcome of outcomes) {
    for (const problem of problemsOf(outcome)) failures.push(`${outcome.database} / ${outcome.scenario}: ${problem}`);
  }
  console.log(renderReport(config, facts, header, outcomes, failures));
  return failures.length > 0 ? 1 : 0;
}

async function benchTarget(target: DatabaseTarget, config: BenchConfig, header: string[]): Promise<ScenarioOutcome[]> {
  cleanups.add(target.dispose);
  try {
    progress(`${target.label}: starting the server (migrations and demo seed)`);
    const server = await startServer({ ...target.serverEnv, ...SERVER_ENV });
    cleanups.add(server.stop);
    try {
      const session = await signInDemoAdmin(server.baseUrl);
      const outcomes: ScenarioOutcome[] = [];
      for (const scenario of coreScenarios({ durationSeconds: config.durationSeconds, session })) {
        progress(`${target.label}: ${scenario.name} (${scenario.measureSeconds} s)`);
        const outcome = await runScenario(server.baseUrl, target.label, scenario);
        progress(`  → ${Math.round(outcome.requestsPerSecond)} req/s, p99 ${outcome.latencyMs.p99} ms, non-2xx ${outcome.non2xx}, errors ${outcome.errors}`);
        outcomes.push(outcome);
      }
      const serverOutput = server.recentOutput().trim();
      if (serverOutput) {
        progress(`${target.label}: the server logged (warn and above, tail):\n${serverOutput}`);
        header.push(`- ${target.label}: the server logged warnings or errors during the run (tail on stderr)`);
      }
      return outcomes;
    } finally {
      await server.stop();
      cleanups.delete(server.stop);
    }
  } finally {
    await target.dispose();
    cleanups.delete(target.dispose);
  }
}

function renderReport(config: BenchConfig, facts: MachineFacts, databaseLines: string[], outcomes: ScenarioOutcome[], failures: string[]): string {
  const lines = [
    `## Kinerja bench, ${facts.startedAt.toISOString()}`,
    '',
    `- Node ${facts.node} on ${facts.platform}`,
    `- CPU: ${facts.cpuModel} × ${facts.cpuCount} (shared by the server and the load generator), ${facts.memoryGiB} GiB RAM,` +
      ` load average ${facts.loadAverage} at start`,
    `- autocannon ${facts.autocannon}, ${CONNECTIONS} connections; ${config.durationSeconds} s measured per row after a ${WARM_UP_SECONDS} s warm-up` +
      ` (sign-in: ${signInSeconds(config.durationSeconds)} s after ${CONNECTIONS} warm-up requests)`,
    ...databaseLines,
    '',
    outcomes.length > 0 ? renderResultsTable(outcomes) : '_No rows were measured._',
  ];
  if (failures.length > 0) lines.push('', '**Problems** (exit code 1):', ...failures.map((failure) => `- ${failure}`));
  return lines.join('\n');
}

function progress(message: string) {
  console.error(`[bench] ${message}`);
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
