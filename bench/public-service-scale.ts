import { runBenchScript } from './child-process';
import { withCleanup } from './cleanups';
import type { DatabaseTarget } from './database-targets';
import { DEMO_PASSWORD } from '../src/server/seed/demo-accounts';
import { demoLogins } from '../src/server/seed/demo-accounts';
import type { PublicServiceFixture } from './public-service-setup';
import type { ScaleSink } from './scale-run';
import { heavySeconds, SCALE_CONNECTIONS } from './scale-scenarios';
import { runScenario } from './scenario-runner';
import { WARM_UP_SECONDS, type Scenario } from './scenarios';
import { startServer } from './server-launcher';
import { signIn, signInDemoAdmin } from './sign-in';

/**
 * Issue #7 at a city's scale: after the core rows, with the server stopped, bench/public-service-setup.ts
 * adds 100 service units, 50,000 complaints, 100,000 IKM responses and 300 service-fed IKI, timing
 * their recomputation in process; then the server starts on that data and these rows run.
 */
export async function benchPublicService(target: DatabaseTarget, serverEnv: Record<string, string>, durationSeconds: number, sink: ScaleSink, progress: (message: string) => void): Promise<void> {
  const env = { ...target.serverEnv, ...serverEnv };
  progress(`${target.label}: public service at scale (100 units, 50,000 complaints, 100,000 IKM responses; SQL)`);
  const { value: fixture } = await runBenchScript<PublicServiceFixture>('public-service-setup.ts', [], env);
  const spread = (runs: number[]) => {
    const sorted = [...runs].sort((a, b) => a - b);
    return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`;
  };
  sink.notes.push(
    `- ${target.label}, public service: ${fixture.units} units, ${fixture.complaints.toLocaleString('en-US')} complaints, ${fixture.responses.toLocaleString('en-US')} IKM responses,` +
      ` ${fixture.serviceFedIki} service-fed IKI inserted in ${fixture.setupSeconds.toFixed(1)} s; recomputing all ${fixture.serviceFedIki} IKI for every period of ${fixture.year}` +
      ` (computeServiceFed in process, ${fixture.recomputeMs.length} runs each): ${spread(fixture.recomputeMs)} on the fresh rows, ${spread(fixture.recomputeAfterVacuumMs)} after VACUUM ANALYZE`,
  );
  await runPublicServiceRows(target.label, env, fixture, durationSeconds, sink, progress);
}

/** Starts the server on the prepared data, runs the rows, stops it. */
export async function runPublicServiceRows(label: string, env: Record<string, string>, fixture: PublicServiceFixture, durationSeconds: number, sink: ScaleSink, progress: (message: string) => void) {
  const server = await startServer(env);
  await withCleanup(server.stop, async () => {
    const admin = await signInDemoAdmin(server.baseUrl);
    const kadinkes = await signIn(server.baseUrl, { login: demoLogins.kadinkes, password: DEMO_PASSWORD });
    for (const scenario of publicServiceScenarios(fixture, durationSeconds, { admin: admin.cookie, kadinkes: kadinkes.cookie })) {
      const check = await fetch(`${server.baseUrl}${scenario.path}`, { headers: scenario.headers });
      if (check.status !== 200) {
        sink.failures.push(`${label} / ${scenario.name}: not run, answered ${check.status}: ${(await check.text()).slice(0, 200)}`);
        continue;
      }
      progress(`${label}: ${scenario.name} (${scenario.measureSeconds} s)`);
      const outcome = await runScenario(server.baseUrl, label, scenario);
      progress(`  → ${Math.round(outcome.requestsPerSecond)} req/s, p99 ${outcome.latencyMs.p99} ms, non-2xx ${outcome.non2xx}, errors ${outcome.errors}`);
      sink.outcomes.push(outcome);
    }
  });
}

function publicServiceScenarios(fixture: PublicServiceFixture, durationSeconds: number, cookies: { admin: string; kadinkes: string }): Scenario[] {
  const connections = SCALE_CONNECTIONS;
  const heavy = { method: 'GET', connections, measureSeconds: heavySeconds(durationSeconds), warmUp: { requests: connections }, timeoutSeconds: 30 } as const;
  const steady = { method: 'GET', connections, measureSeconds: durationSeconds, warmUp: { seconds: WARM_UP_SECONDS }, timeoutSeconds: 10 } as const;
  return [
    {
      name: `public service: GET /api/skp/:id/periods/:periodId (${fixture.serviceFedIki} service-fed IKI recomputed per request)`,
      path: `/api/skp/${fixture.skpId}/periods/${fixture.periodId}`,
      headers: { cookie: cookies.kadinkes },
      ...heavy,
    },
    { name: `public service: GET /api/public/dashboard (${fixture.units} units × periods, no session)`, path: `/api/public/dashboard?year=${fixture.year}`, ...heavy },
    { name: 'public service: GET /api/service-units/:id/complaints (inbox, first page of 50)', path: `/api/service-units/${fixture.serviceUnitId}/complaints?limit=50`, headers: { cookie: cookies.admin }, ...steady },
    { name: 'public service: GET /api/service-units/:id/ikm?year (one unit, whole year)', path: `/api/service-units/${fixture.serviceUnitId}/ikm?year=${fixture.year}`, headers: { cookie: cookies.admin }, ...steady },
  ];
}
