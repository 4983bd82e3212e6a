import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { loadAuditKey } from '../../server/platform/audit/audit-key';
import { verifyAuditChain } from '../../server/platform/audit/verify-audit';
import { CliFailure, withDatabase } from '../context';

export function registerAuditVerify(program: Command) {
  program
    .command('audit')
    .description('Log audit')
    .command('verify')
    .description('Periksa rantai HMAC log audit dan sebutkan baris pertama yang rusak')
    .action(() =>
      withDatabase({ seed: false }, async ({ database, config }) => {
        const key = loadAuditKey(config.auditKey, config.dataDir);
        const bar = process.stderr.isTTY ? new SingleBar({ format: 'Memeriksa {value} baris audit', stream: process.stderr }, Presets.shades_classic) : null;
        bar?.start(0, 0);
        const result = await verifyAuditChain(database.db, key, (checked) => bar?.update(checked));
        bar?.stop();
        if (result.ok) {
          console.log(`Rantai audit utuh: ${result.rowsChecked} baris diperiksa.`);
          return;
        }
        const b = result.firstBreak!;
        throw new CliFailure(`Rantai audit RUSAK pada baris id=${b.id} (instansi ${b.instansiId}, seq ${b.seq}): ${b.reason}. ${result.rowsChecked} baris sebelumnya utuh.`);
      }),
    );
}
