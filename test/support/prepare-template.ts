// Builds the test template once, before anything clones it:
//   node --import tsx test/support/prepare-template.ts            the template of KINERJA_TEST_DB
//   node --import tsx test/support/prepare-template.ts <dir>      a data directory (KINERJA_DATA_DIR) made from the PGlite template
// `npm test` runs it before the test files start (so two files never build it at once); the
// browser server and the CLI test start from the data directory instead of seeding afresh.
import { ensureTestTemplate, writeTemplateDataDir } from './test-database';

const dataDir = process.argv[2];
if (dataDir) await writeTemplateDataDir(dataDir);
else await ensureTestTemplate();
