import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, describe, test } from 'node:test';

// The boundary check of `npm test` (dependency-cruiser with the project's own rules), run on small
// trees shaped like src/: each rule must catch the mistake it exists for, so a loosened rule fails here.
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const config = path.join(root, '.dependency-cruiser.cjs');
const trees: string[] = [];
after(() => trees.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A sound tree: domain, a platform file, two modules meeting through index.ts, one web feature. */
const soundTree: Record<string, string> = {
  'src/domain/predikat.ts': "export const predikat = (n: number) => (n > 90 ? 'SANGAT_BAIK' : 'BAIK');\n",
  'src/domain/kurva.ts': "import { predikat } from './predikat';\nexport const kurva = (ns: number[]) => ns.map(predikat);\n",
  'src/server/platform/clock.ts': 'export const now = () => new Date();\n',
  'src/server/modules/periods/periods.service.ts': "import { now } from '../../platform/clock';\nexport const currentYear = () => now().getFullYear();\n",
  'src/server/modules/periods/index.ts': "export { currentYear } from './periods.service';\n",
  'src/server/modules/skp/skp.service.ts': "import { currentYear } from '../periods';\nimport { kurva } from '../../../domain/kurva';\nexport const plan = () => [currentYear(), kurva([1])];\n",
  'src/server/modules/skp/index.ts': "export { plan } from './skp.service';\n",
  'src/web/features/skp/SkpPage.tsx': "export const SkpPage = () => 'SKP';\n",
  'src/web/features/realisation/RealisationPage.tsx': "export const RealisationPage = () => 'Realisasi';\n",
};

async function check(extra: Record<string, string>): Promise<{ failed: boolean; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-boundaries-'));
  trees.push(dir);
  const files = { ...soundTree, ...extra, 'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler' } }) };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'src', '--config', config, '--output-type', 'err'], { cwd: dir });
    return { failed: false, output: stdout };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { failed: true, output: `${stdout}${stderr}` };
  }
}

describe('the boundary check', { concurrency: true }, () => {
  test('when the tree keeps every boundary, then it passes', async () => {
    const result = await check({});
    assert.equal(result.failed, false, result.output);
  });

  test('when two domain files import each other, then it fails naming the circle', async () => {
    const result = await check({ 'src/domain/predikat.ts': "import { kurva } from './kurva';\nexport const predikat = (n: number) => (kurva([]).length > n ? 'BAIK' : 'KURANG');\n" });
    assert.equal(result.failed, true);
    assert.match(result.output, /no-circular: src\/domain\/(kurva|predikat)\.ts/);
  });

  test('when a circle runs through two modules, then it fails', async () => {
    const result = await check({ 'src/server/modules/periods/periods.service.ts': "import { plan } from '../skp';\nexport const currentYear = () => plan().length;\n" });
    assert.equal(result.failed, true);
    assert.match(result.output, /no-circular/);
  });

  test('when the platform imports a module, then it fails', async () => {
    const result = await check({ 'src/server/platform/start.ts': "import { plan } from '../modules/skp';\nexport const start = () => plan();\n" });
    assert.equal(result.failed, true);
    assert.match(result.output, /platform-knows-no-module: src\/server\/platform\/start\.ts/);
  });

  test('when a module imports another module past its index.ts, then it fails', async () => {
    const result = await check({ 'src/server/modules/skp/skp-read.ts': "import { currentYear } from '../periods/periods.service';\nexport const read = () => currentYear();\n" });
    assert.equal(result.failed, true);
    assert.match(result.output, /modules-meet-through-index: src\/server\/modules\/skp\/skp-read\.ts/);
  });

  test('when a web feature imports another feature, then it fails', async () => {
    const result = await check({ 'src/web/features/skp/SkpPage.tsx': "import { RealisationPage } from '../realisation/RealisationPage';\nexport const SkpPage = () => RealisationPage();\n" });
    assert.equal(result.failed, true);
    assert.match(result.output, /features-never-import-features: src\/web\/features\/skp\/SkpPage\.tsx/);
  });

  test('when the domain imports from the server, then it fails', async () => {
    const result = await check({ 'src/domain/nip.ts': "import { now } from '../server/platform/clock';\nexport const age = () => now();\n" });
    assert.equal(result.failed, true);
    assert.match(result.output, /domain-imports-nothing: src\/domain\/nip\.ts/);
  });
});
