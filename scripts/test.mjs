// `npm test`: type-check, lint, the architecture's boundaries, node tests on PGlite, the database
// tests again on PostgreSQL when KINERJA_TEST_DATABASE_URL is set, and the browser tests when
// /usr/bin/chromium exists. Independent stages run side by side (see `stages` below); each line a
// stage prints carries its name. One summary at the end. With CI=true anything skipped is a
// failure, and so is a test count below the floor in test/test-floor.json (tests may be added,
// never silently lost).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { databaseTestFiles, listNodeTests } from './test-files.mjs';

const root = path.resolve(import.meta.dirname, '..');
const ci = process.env.CI === 'true';
const floor = JSON.parse(fs.readFileSync(path.join(root, 'test/test-floor.json'), 'utf8'));
const cacheDir = path.join(root, 'node_modules/.cache');
const tsx = ['--import', 'tsx'];
const results = [];
const problems = [];

function skipped(what, why) {
  console.log(`\nSKIPPED: ${what} — ${why}`);
  if (ci) problems.push(`${what} was skipped under CI=true (${why})`);
}

/** Runs a command with every output line prefixed by the stage's tag; resolves to its exit code. */
function run(tag, command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${tag}] ${line}`));
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(name, tag, command, args, env) {
  const started = Date.now();
  const code = await run(tag, command, args, env);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds: (Date.now() - started) / 1000 });
  return code === 0;
}

/** Runs node test files once and reads the counts from a TAP copy of the output. */
async function nodeTests(name, tag, files, minimum, env) {
  const started = Date.now();
  const tap = path.join(os.tmpdir(), `kinerja-tests-${process.pid}-${tag}.tap`);
  console.log(`[${tag}] ${files.length} test files`);
  const code = await run(
    tag,
    process.execPath,
    [...tsx, '--test', '--test-concurrency=2', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    env,
  );
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  fs.rmSync(tap, { force: true });
  const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') + (code !== 0 && count('fail') === 0 ? 1 : 0);
  if (passed + failed < minimum) problems.push(`${name}: ${passed + failed} tests ran, the floor is ${minimum}`);
  results.push({ name, passed, failed, seconds: (Date.now() - started) / 1000 });
}

/**
 * The Playwright journeys, one process per project (phone 360 px, desktop), side by side: each
 * starts its own server on its own port from the template, so neither waits for the other.
 */
async function browserTests() {
  const started = Date.now();
  const projects = [
    { name: 'phone', port: 3100 },
    { name: 'desktop', port: 3101 },
  ];
  const stats = await Promise.all(projects.map(({ name, port }) => browserProject(name, port)));
  const passed = stats.reduce((n, s) => n + s.passed, 0);
  const failed = stats.reduce((n, s) => n + s.failed, 0);
  if (passed + failed < floor.browserTests) problems.push(`browser tests: ${passed + failed} ran, the floor is ${floor.browserTests}`);
  results.push({ name: 'browser tests', passed, failed, seconds: (Date.now() - started) / 1000 });
}

async function browserProject(project, port) {
  const json = path.join(os.tmpdir(), `kinerja-e2e-${process.pid}-${project}.json`);
  const args = [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', `--project=${project}`, `--output=test-results/${project}`, '--reporter=list,json'];
  const code = await run(`browser-${project}`, process.execPath, args, { PLAYWRIGHT_JSON_OUTPUT_NAME: json, E2E_PORT: String(port) });
  const stats = fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')).stats : null;
  fs.rmSync(json, { force: true });
  return {
    passed: stats?.expected ?? 0,
    failed: (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) + (code !== 0 && !stats?.unexpected ? 1 : 0),
  };
}

const allFiles = listNodeTests(root);
if (allFiles.length < floor.nodeTestFiles) problems.push(`${allFiles.length} node test files, the floor is ${floor.nodeTestFiles}`);
const postgresUrl = process.env.KINERJA_TEST_DATABASE_URL;
const chromium = fs.existsSync('/usr/bin/chromium');

// The checks and the preparations first, side by side (each is mostly one core's work); then the
// node tests (PGlite, and the database tests again on PostgreSQL) beside the two browser projects,
// which mostly wait on Chromium and the server. Templates are built once, before any clone.
const checks = [
  step('type-check (tsc)', 'tsc', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--incremental', '--tsBuildInfoFile', path.join(cacheDir, 'tsc/tsbuildinfo'), '-p', '.']),
  step('lint (eslint)', 'eslint', process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--cache', '--cache-location', path.join(cacheDir, 'eslint/'), '.']),
  step('boundaries (dependency-cruiser)', 'boundaries', process.execPath, [path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']),
];
const pgliteTemplate = step('template on PGlite', 'template', process.execPath, [...tsx, 'test/support/prepare-template.ts'], { KINERJA_TEST_DB: 'pglite' });
const postgresTemplate = postgresUrl ? step('template on PostgreSQL', 'template-pg', process.execPath, [...tsx, 'test/support/prepare-template.ts'], { KINERJA_TEST_DB: 'postgres' }) : Promise.resolve(false);
const webBuild = chromium ? step('web build (vite)', 'web', process.execPath, ['scripts/web-build.mjs']) : Promise.resolve(false);
await Promise.all([...checks, pgliteTemplate, postgresTemplate, webBuild]);

async function nodePasses() {
  await nodeTests('tests on PGlite', 'pglite', allFiles, floor.nodeTests, { KINERJA_TEST_DB: 'pglite' });
  if (postgresUrl) await nodeTests('tests on PostgreSQL', 'postgres', databaseTestFiles(root, allFiles), floor.postgresTests, { KINERJA_TEST_DB: 'postgres' });
  else skipped('tests on PostgreSQL', 'KINERJA_TEST_DATABASE_URL is not set');
}

if (!chromium) skipped('browser tests', '/usr/bin/chromium is not installed (apt-get install chromium)');
await Promise.all([nodePasses(), chromium ? browserTests() : null]);

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0) + problems.length;
console.log('\n== summary');
for (const r of results) console.log(`${r.failed === 0 ? 'ok  ' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(0)} s)`);
for (const p of problems) console.log(`FAIL ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
