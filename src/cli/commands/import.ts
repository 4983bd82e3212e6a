import fs from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { ErrorDetail } from '../../shared/errors';
import type { ImportPhase, ImportProgress, ImportResult } from '../../shared/schemas/imports';
import { createAppContext } from '../../server/platform/app-context';
import { systemClock } from '../../server/platform/clock';
import { AppError } from '../../server/platform/errors';
import { CliFailure, withDatabase } from '../context';

const KINDS: Record<string, 'units' | 'pegawai'> = { unit: 'units', units: 'units', 'unit-kerja': 'units', pegawai: 'pegawai' };
const PHASE_LABEL: Record<ImportPhase, string> = { parse: 'Membaca berkas', validate: 'Memeriksa    ', write: 'Menyimpan    ' };

/** A bar per phase on stderr, only when it is a terminal (pipes and CI get the summary alone). */
function progressBar(): { update(p: ImportProgress): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: (options, params, payload: { label: string }) => {
        const filled = Math.round((params.total ? params.value / params.total : 0) * (options.barsize ?? 30));
        const graph = params.total ? `${options.barCompleteString!.slice(0, filled)}${options.barIncompleteString!.slice(0, (options.barsize ?? 30) - filled)} ` : '';
        return `${payload.label} ${graph}${params.value.toLocaleString('id-ID')}${params.total ? ` / ${params.total.toLocaleString('id-ID')}` : ''} baris`;
      },
    },
    Presets.shades_classic,
  );
  let phase: ImportPhase | null = null;
  return {
    update: (p) => {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(p.total ?? 0, p.done, { label: PHASE_LABEL[p.phase] });
      } else bar.update(p.done);
      if (p.total !== undefined) bar.setTotal(p.total);
    },
    stop: () => {
      if (phase) bar.stop();
    },
  };
}

/** Row errors as a table a person can work through in the spreadsheet. */
function errorTable(details: ErrorDetail[]): string {
  const rows = details.map((d) => [String(d.row ?? ''), d.column ?? d.path ?? '', d.reason ?? d.message ?? '']);
  const width = (i: number, title: string) => Math.max(title.length, ...rows.map((r) => r[i]!.length));
  const [w0, w1] = [width(0, 'Baris'), Math.min(width(1, 'Kolom'), 30)];
  const line = (r: string[]) => `${r[0]!.padStart(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}`;
  return [line(['Baris', 'Kolom', 'Keterangan']), ...rows.map(line)].join('\n');
}

function summary(kind: 'units' | 'pegawai', r: ImportResult): string {
  const head = `${r.dryRun ? 'Pemeriksaan (tidak ada yang disimpan)' : 'Impor'} ${kind === 'units' ? 'unit kerja' : 'pegawai'} ${r.file}: ${r.rows} baris — ${r.created} baru, ${r.updated} diperbarui, ${r.unchanged} tidak berubah.`;
  const more =
    kind === 'units'
      ? `Jabatan kepala baru ${r.jabatanCreated}, diubah ${r.jabatanUpdated}. Rantai penilai belum lengkap: ${r.incompleteChains}.`
      : `Jabatan baru ${r.jabatanCreated}, penempatan dibuka ${r.placementsOpened} / ditutup ${r.placementsClosed}, penetapan atasan ${r.overridesSet} / diakhiri ${r.overridesEnded}, akun baru ${r.accountsCreated}, rantai penilai belum lengkap ${r.incompleteChains}.`;
  return `${head}\n${more}`;
}

export function registerImport(program: Command) {
  program
    .command('import')
    .description('Impor unit kerja atau pegawai dari CSV/XLSX (semua-atau-tidak; kesalahan per baris)')
    .argument('<jenis>', 'unit atau pegawai')
    .argument('<berkas>', 'berkas CSV (UTF-8, pemisah , atau ;) atau XLSX')
    .option('--dry-run', 'periksa dan hitung tanpa menyimpan')
    .option('--instansi <kode>', 'kode instansi (bawaan: instansi pertama)')
    .action((jenis: string, berkas: string, options: { dryRun?: boolean; instansi?: string }) => {
      const kind = KINDS[jenis.toLowerCase()];
      if (!kind) throw new CliFailure(`Jenis impor "${jenis}" tidak dikenal; gunakan "unit" atau "pegawai".`);
      if (!fs.existsSync(berkas) || !fs.statSync(berkas).isFile()) throw new CliFailure(`Berkas tidak ditemukan: ${berkas}`);
      return withDatabase({ seed: false }, async ({ database, config, logger }) => {
        // Loaded here, not at the top: the other commands start without compiling the modules.
        const { findImportInstansi, importPegawai, importUnits, systemImportScope } = await import('../../server/modules/imports');
        const ctx = createAppContext({ config, database, clock: systemClock, logger });
        const instansi = await findImportInstansi(ctx, options.instansi);
        if (!instansi) throw new CliFailure(options.instansi ? `Instansi dengan kode ${options.instansi} tidak ada.` : 'Belum ada instansi; jalankan "kinerja seed" atau buat instansinya dulu.');
        const bar = progressBar();
        const run = kind === 'units' ? importUnits : importPegawai;
        try {
          const result = await run(ctx, {
            scope: systemImportScope(instansi.id),
            actor: { instansiId: instansi.id, accountId: null, login: 'cli', ip: null, requestId: null },
            input: fs.createReadStream(berkas),
            fileName: path.basename(berkas),
            dryRun: options.dryRun ?? false,
            onProgress: bar.update,
          });
          bar.stop();
          console.log(summary(kind, result));
        } catch (error) {
          bar.stop();
          if (!(error instanceof AppError)) throw error;
          const rows = error.details.length;
          throw new CliFailure(`Impor ditolak (${error.code}): ${rows} kesalahan; tidak ada yang disimpan.\n${errorTable(error.details)}`);
        }
      });
    });
}
