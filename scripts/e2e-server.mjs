// The server Playwright starts on $PORT: a fresh PGlite data directory made from the demo test
// template (the same one the node tests clone), so the server does not seed the demo afresh.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuild } from './web-build.mjs';

const root = path.resolve(import.meta.dirname, '..');
await ensureWebBuild({ quiet: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-'));
execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/support/prepare-template.ts'), dataDir], { cwd: root, stdio: 'inherit', env: { ...process.env, KINERJA_TEST_DB: 'pglite' } });
const server = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'src/server/main.ts')], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, KINERJA_DATA_DIR: dataDir, KINERJA_SEED: 'demo', HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'development' },
});
const cleanUp = () => fs.rmSync(dataDir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
