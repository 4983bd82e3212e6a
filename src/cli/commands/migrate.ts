import type { Command } from 'commander';
import { withDatabase } from '../context';

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('Perbarui skema basis data ke versi terbaru')
    .action(() =>
      withDatabase({ seed: false }, async ({ database }) => {
        console.log(`Skema basis data (${database.kind}) sudah terbaru.`);
      }),
    );
}
