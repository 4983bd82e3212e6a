import { Command } from 'commander';
import { registerAuditVerify } from './commands/audit-verify';
import { registerBackup } from './commands/backup';
import { registerImport } from './commands/import';
import { CliFailure } from './context';
import { registerMigrate } from './commands/migrate';
import { registerSeed } from './commands/seed';

const program = new Command()
  .name('kinerja')
  .description('Perintah administrasi Kinerja — Pemerintah Kota Solok')
  .showHelpAfterError();

registerMigrate(program);
registerSeed(program);
registerAuditVerify(program);
registerBackup(program);
registerImport(program);

// Exit explicitly: PGlite's runtime resets process.exitCode when it shuts down.
try {
  await program.parseAsync(process.argv);
  process.exit(0);
} catch (error) {
  console.error(error instanceof CliFailure ? error.message : `kinerja: ${(error as Error).message}`);
  process.exit(1);
}
