import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../server/platform/config';
import { openDatabase } from '../../server/platform/db/database';
import { CliFailure, withDatabase } from '../context';

const POSTGRES_HINT = 'Basis data PostgreSQL dicadangkan dengan alat PostgreSQL sendiri: pg_dump -Fc "$DATABASE_URL" > kinerja.dump, dan dipulihkan dengan pg_restore.';

/**
 * Backup and restore of the embedded PGlite database as one .tar.gz of its data directory,
 * taken while holding the data-directory lock (so no server is writing meanwhile).
 */
export function registerBackup(program: Command) {
  program
    .command('backup')
    .description('Cadangkan basis data PGlite ke satu berkas .tar.gz')
    .argument('<file>', 'berkas tujuan, mis. kinerja-2026-11-28.tar.gz')
    .action((file: string) =>
      withDatabase({ seed: false }, async ({ database }) => {
        if (!database.pglite) throw new CliFailure(POSTGRES_HINT);
        const dump = await database.pglite.dumpDataDir('gzip');
        fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { flag: 'wx' });
        console.log(`Cadangan ditulis ke ${path.resolve(file)} (${Math.round(dump.size / 1024)} KiB).`);
      }),
    );

  program
    .command('restore')
    .description('Pulihkan basis data PGlite dari berkas cadangan (data lama dipindahkan, tidak dihapus)')
    .argument('<file>', 'berkas cadangan .tar.gz dari `kinerja backup`')
    .action(async (file: string) => {
      const config = loadConfig();
      if (config.database.kind !== 'pglite' || !config.database.dataDir) throw new CliFailure(POSTGRES_HINT);
      if (!fs.existsSync(file)) throw new CliFailure(`Berkas cadangan ${file} tidak ditemukan.`);
      const target = config.database.dataDir;
      // Open (and lock) the current database first, so a running server makes this fail at once.
      const current = fs.existsSync(target) ? await openDatabase(config.database) : null;
      await current?.close();
      const previous = fs.existsSync(target) ? `${target}.sebelum-pemulihan-${Date.now()}` : null;
      if (previous) fs.renameSync(target, previous);
      try {
        const restored = await openDatabase(config.database, { loadDataDir: new Blob([fs.readFileSync(file)]) });
        await restored.close();
      } catch (error) {
        fs.rmSync(target, { recursive: true, force: true });
        if (previous) fs.renameSync(previous, target);
        throw new CliFailure(`Pemulihan gagal, data lama dikembalikan: ${(error as Error).message}`);
      }
      console.log(`Basis data dipulihkan dari ${file}.${previous ? ` Data sebelumnya disimpan di ${previous}.` : ''}`);
    });
}
