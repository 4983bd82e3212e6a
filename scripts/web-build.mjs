// Builds the SPA into dist/web when the build is missing or older than its sources.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outIndex = path.join(root, 'dist/web/index.html');
const sources = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'].map((p) => path.join(root, p));

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function webBuildIsStale() {
  if (!fs.existsSync(outIndex)) return true;
  const built = fs.statSync(outIndex).mtimeMs;
  return sources.some((source) => newestMtime(source) > built);
}

export async function ensureWebBuild({ quiet = false } = {}) {
  if (!webBuildIsStale()) return false;
  if (!quiet) console.log('Membangun aplikasi web (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureWebBuild();
