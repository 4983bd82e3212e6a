import type { Command } from 'commander';
import { seedDemoIfEmpty } from '../../server/composition/open-database';
import { withDatabase } from '../context';

export function registerSeed(program: Command) {
  program
    .command('seed')
    .description('Isi basis data kosong dengan data demo Kota Solok')
    .action(() =>
      withDatabase({ seed: false }, async ({ database, config }) => {
        const seeded = await seedDemoIfEmpty(database, config);
        console.log(seeded ? 'Data demo Kota Solok telah diisi (kata sandi: kinerja-demo).' : 'Basis data sudah berisi data; demo tidak diisi ulang.');
      }),
    );
}
