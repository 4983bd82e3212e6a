import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { EXIT_UNCAUGHT } from './process-guard';

/*
 * The guards act on the whole process (and the test runner listens for the same events), so each
 * case runs in a process of its own: an app with the guards installed, one request, and then the
 * failure no handler can catch.
 */
const guard = path.join(import.meta.dirname, 'process-guard.ts');

function runScenario(failure: string) {
  const script = `
    import Fastify from 'fastify';
    import pino from 'pino';
    import { installProcessGuards, trackRequestContext } from ${JSON.stringify(guard)};
    const logger = pino({ level: 'info' });
    installProcessGuards(logger);
    const app = Fastify({ genReqId: () => 'req-guard-1' });
    trackRequestContext(app);
    app.get('/later', async () => {
      setTimeout(() => { ${failure} }, 5);
      return { ok: true };
    });
    const res = await app.inject({ method: 'GET', url: '/later' });
    console.log(JSON.stringify({ replied: res.statusCode }));
    setTimeout(() => { console.log(JSON.stringify({ stillServing: true })); process.exit(0); }, 200);
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  const lines = child.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: child.status, lines, stderr: child.stderr };
}

test('when an error escapes every handler during a request, then it is logged with that request id and the process ends with a non-zero code', () => {
  const { status, lines, stderr } = runScenario(`throw new Error('boom after reply');`);
  assert.equal(status, EXIT_UNCAUGHT, stderr);
  const fatal = lines.find((l) => l.level === 60);
  assert.ok(fatal, `a fatal line is logged: ${JSON.stringify(lines)}`);
  assert.equal(fatal.requestId, 'req-guard-1');
  assert.match(String(fatal.msg), /berhenti/);
  assert.ok(!lines.some((l) => l.stillServing), 'the process does not go on after it');
});

test('when a promise is rejected with nobody listening, then it is logged with the request id and the server goes on', () => {
  const { status, lines, stderr } = runScenario(`void Promise.reject(new Error('lost promise'));`);
  assert.equal(status, 0, stderr);
  const logged = lines.find((l) => l.msg === 'unhandled promise rejection');
  assert.equal(logged?.requestId, 'req-guard-1');
  assert.ok(lines.some((l) => l.stillServing));
});
