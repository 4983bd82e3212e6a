import autocannon, { type Options, type Result } from 'autocannon';
import { CONNECTIONS, type Scenario } from './scenarios';

/** One measured row, independent of autocannon's result shape. */
export interface ScenarioOutcome {
  database: string;
  scenario: string;
  connections: number;
  measuredSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number };
  responses: number;
  non2xx: number;
  /** Status code → count, for the non-2xx codes only. */
  non2xxByStatus: Record<string, number>;
  /** Socket errors and timeouts (autocannon counts a timeout as an error too). */
  errors: number;
  timeouts: number;
}

export async function runScenario(baseUrl: string, database: string, scenario: Scenario): Promise<ScenarioOutcome> {
  const request: Options = {
    url: `${baseUrl}${scenario.path}`,
    method: scenario.method,
    connections: scenario.connections ?? CONNECTIONS,
    timeout: scenario.timeoutSeconds,
    ...(scenario.headers ? { headers: scenario.headers } : {}),
    ...bodyOptions(scenario.bodies ?? []),
  };
  const warmUp = 'seconds' in scenario.warmUp ? { duration: scenario.warmUp.seconds } : { amount: scenario.warmUp.requests };
  await autocannon({ ...request, ...warmUp });
  const result = await autocannon({ ...request, duration: scenario.measureSeconds });
  return toOutcome(database, scenario.name, result);
}

/** A single body is fixed; several are handed out in turn, shared by all connections. */
function bodyOptions(bodies: readonly string[]): Pick<Options, 'body' | 'requests'> {
  if (bodies.length === 0) return {};
  if (bodies.length === 1) return { body: bodies[0] };
  let next = 0;
  return {
    requests: [
      {
        setupRequest: (request) => {
          const body = bodies[next % bodies.length];
          next += 1;
          return { ...request, body };
        },
      },
    ],
  };
}

function toOutcome(database: string, scenario: string, result: Result): ScenarioOutcome {
  const non2xxByStatus: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats)) {
    if (!status.startsWith('2')) non2xxByStatus[status] = count;
  }
  return {
    database,
    scenario,
    connections: result.connections,
    measuredSeconds: result.duration,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    responses: result.latency.totalCount,
    non2xx: result.non2xx,
    non2xxByStatus,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Why a row cannot be trusted as a measurement of the intended path; empty when it can. */
export function problemsOf(outcome: ScenarioOutcome): string[] {
  const problems: string[] = [];
  if (outcome.responses === 0) problems.push('no response at all');
  if (outcome.errors > 0) problems.push(`${outcome.errors} errors (${outcome.timeouts} of them timeouts)`);
  if (outcome.non2xx * 2 > outcome.responses) problems.push(`mostly non-2xx: ${outcome.non2xx} of ${outcome.responses}`);
  return problems;
}
