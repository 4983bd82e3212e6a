import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

const here = path.dirname(new URL(import.meta.url).pathname);
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Every leaf key as a dotted path; plural forms (`_one`, `_other`, …) count as their base key, since Indonesian has none. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return [...new Set(Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)))];
}

const featuresDir = path.join(here, '..', 'features');
const bundles = [
  { name: 'app', dir: here },
  ...fs
    .readdirSync(featuresDir)
    .filter((f) => fs.existsSync(path.join(featuresDir, f, 'i18n', 'id.json')))
    .map((f) => ({ name: f, dir: path.join(featuresDir, f, 'i18n') })),
];

describe('translations', () => {
  for (const bundle of bundles) {
    test(`when the ${bundle.name} texts are read, then Indonesian and English have the same keys`, () => {
      const id = keys(read(path.join(bundle.dir, 'id.json')));
      const en = keys(read(path.join(bundle.dir, 'en.json')));
      assert.deepEqual(
        id.filter((k) => !en.includes(k)),
        [],
        'missing in en.json',
      );
      assert.deepEqual(
        en.filter((k) => !id.includes(k)),
        [],
        'missing in id.json',
      );
    });
  }

  test('when the bundles are merged, then no feature overwrites another one’s top-level key', () => {
    const owners = new Map<string, string>();
    for (const bundle of bundles) {
      for (const top of Object.keys(read(path.join(bundle.dir, 'id.json')))) {
        assert.equal(owners.get(top), undefined, `"${top}" is defined by both ${owners.get(top)} and ${bundle.name}`);
        owners.set(top, bundle.name);
      }
    }
  });
});
