// Which node test files there are, and which of them depend on the database under test.
import fs from 'node:fs';
import path from 'node:path';

/** Every `*.test.ts(x)` below src/ and test/ (the browser journeys in test/e2e excepted), sorted. */
export function listNodeTests(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'e2e' && entry.name !== 'node_modules') walk(rel);
      else if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) found.push(rel);
    }
  };
  walk('src');
  walk('test');
  return found.sort();
}

// A test file depends on the database under test (KINERJA_TEST_DB) when it, or a test helper it
// imports, opens a test database or asks which kind runs. Helpers are followed through relative
// imports of test support files only; test-database.ts itself is where these names are defined.
const usesTestDatabase = /\b(startTestApp|createTestDatabase|testDatabaseKind)\b/;
const relativeImport = /from\s+'(\.{1,2}\/[^']+)'/g;
const isSupportFile = (rel) => rel.startsWith('test/support/') || /\.test-support\.tsx?$/.test(rel);
const definitions = 'test/support/test-database.ts';

/** The test files worth running a second time on PostgreSQL: those the database kind changes. */
export function databaseTestFiles(root, files) {
  const memo = new Map();
  const dependsOnDatabase = (rel, seen = new Set()) => {
    if (memo.has(rel)) return memo.get(rel);
    if (seen.has(rel) || rel === definitions) return false;
    seen.add(rel);
    const text = fs.readFileSync(path.join(root, rel), 'utf8');
    let result = usesTestDatabase.test(text);
    for (const [, specifier] of text.matchAll(relativeImport)) {
      if (result) break;
      const target = resolve(root, rel, specifier);
      if (target && isSupportFile(target)) result = dependsOnDatabase(target, seen);
    }
    memo.set(rel, result);
    return result;
  };
  return files.filter((file) => dependsOnDatabase(file));
}

function resolve(root, from, specifier) {
  const base = path.join(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) return path.normalize(candidate);
  }
  return null;
}
