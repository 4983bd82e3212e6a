// `npm start`: build the web app when missing or stale, then run the server (PGlite under ./data
// unless DATABASE_URL is set). The server replaces this process's role; signals are passed on.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureWebBuild } from './web-build.mjs';

const root = path.resolve(import.meta.dirname, '..');
// Vite's build sets NODE_ENV=production in this process; the server must get the caller's env.
const env = { ...process.env };
await ensureWebBuild();
const server = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'src/server/main.ts')], { stdio: 'inherit', cwd: process.cwd(), env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
