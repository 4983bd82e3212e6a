import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { migrations } from './index';

test('when a migration file is added, then the migration list names it, in order', () => {
  const files = fs
    .readdirSync(import.meta.dirname)
    .filter((f) => /^\d{4}-[a-z0-9-]+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  assert.deepEqual(Object.keys(migrations), files);
});
