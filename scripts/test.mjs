// `npm test`: type-check, lint, node tests on PGlite, the same on PostgreSQL when
// KINERJA_TEST_DATABASE_URL is set, and the browser tests when /usr/bin/chromium exists.
// One summary at the end. With CI=true anything skipped is a failure, and so is a test count
// below the floor in test/test-floor.json (tests may be added, never silently lost).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ci = process.env.CI === 'true';
const floor = JSON.parse(fs.readFileSync(path.join(root, 'test/test-floor.json'), 'utf8'));
const results = [];
const problems = [];

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function skipped(what, why) {
  console.log(`\nSKIPPED: ${what} — ${why}`);
  if (ci) problems.push(`${what} was skipped under CI=true (${why})`);
}

function listNodeTests(dir, found = []) {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'e2e' && entry.name !== 'node_modules') listNodeTests(rel, found);
    else if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) found.push(rel);
  }
  return found.sort();
}

async function step(name, command, args) {
  console.log(`\n== ${name}`);
  const code = await run(command, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
}

/** Runs the node tests once and reads the counts from a TAP copy of the output. */
async function nodeTests(name, env) {
  const files = listNodeTests('src').concat(listNodeTests('test'));
  if (files.length < floor.nodeTestFiles) problems.push(`${name}: ${files.length} test files, the floor is ${floor.nodeTestFiles}`);
  console.log(`\n== ${name}: ${files.length} test files`);
  const tap = path.join(os.tmpdir(), `kinerja-tests-${process.pid}-${results.length}.tap`);
  const code = await run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    env,
  );
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  fs.rmSync(tap, { force: true });
  const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') + (code !== 0 && count('fail') === 0 ? 1 : 0);
  if (passed + failed < floor.nodeTests) problems.push(`${name}: ${passed + failed} tests ran, the floor is ${floor.nodeTests}`);
  results.push({ name, passed, failed });
}

async function browserTests() {
  const json = path.join(os.tmpdir(), `kinerja-e2e-${process.pid}.json`);
  console.log('\n== browser tests (Playwright, Chromium)');
  const code = await run(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: json });
  const stats = fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')).stats : null;
  fs.rmSync(json, { force: true });
  const passed = stats?.expected ?? 0;
  const failed = (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) + (code !== 0 && !stats?.unexpected ? 1 : 0);
  if (passed + failed < floor.browserTests) problems.push(`browser tests: ${passed + failed} ran, the floor is ${floor.browserTests}`);
  results.push({ name: 'browser tests', passed, failed });
}

await step('type-check (tsc --noEmit)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']);
await step('lint (eslint)', process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.']);
await nodeTests('tests on PGlite', { KINERJA_TEST_DB: 'pglite' });

if (process.env.KINERJA_TEST_DATABASE_URL) await nodeTests('tests on PostgreSQL', { KINERJA_TEST_DB: 'postgres' });
else skipped('tests on PostgreSQL', 'KINERJA_TEST_DATABASE_URL is not set');

if (fs.existsSync('/usr/bin/chromium')) await browserTests();
else skipped('browser tests', '/usr/bin/chromium is not installed (apt-get install chromium)');

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0) + problems.length;
console.log('\n== summary');
for (const r of results) console.log(`${r.failed === 0 ? 'ok  ' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
for (const p of problems) console.log(`FAIL ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
