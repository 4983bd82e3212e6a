import { randomBytes } from 'node:crypto';
import { runBenchScript } from './child-process';
import { withCleanup } from './cleanups';
import type { DatabaseTarget } from './database-targets';
import type { EvaluationFixture } from './evaluation-setup';
import { formatNumber } from './results-table';
import { writeScaleFiles } from './scale-files';
import type { ScaleSink } from './scale-run';
import { heavySeconds, SCALE_CONNECTIONS } from './scale-scenarios';
import { runScenario } from './scenario-runner';
import type { Scenario } from './scenarios';
import { startServer, type RunningServer } from './server-launcher';
import { signIn, signInDemoAdmin, type BenchSession } from './sign-in';

/**
 * Evaluation at city scale (issue #6), on a database of its own per target: the demo plus a
 * generated city of `pegawai` (3 OPDs of 1,000), whose annual evaluation for next year is rated
 * by set-based SQL (bench/evaluation-setup.ts). Then, on the running server: the curve check of
 * every group (GET /api/calibration/overview, BKPSDM) and one group's calibration screen under
 * load, and finally every pejabat penilai finalises their group, one POST each, in turn.
 */
export async function benchEvaluationCity(
  createTarget: () => Promise<DatabaseTarget>,
  options: { pegawai: number; durationSeconds: number; serverEnv: Record<string, string> },
  sink: ScaleSink,
  progress: (message: string) => void,
): Promise<void> {
  const files = await writeScaleFiles(options.pegawai);
  await withCleanup(files.dispose, async () => {
    const target = await createTarget();
    await withCleanup(target.dispose, async () => {
      const env = { ...target.serverEnv, ...options.serverEnv };
      const year = new Date().getUTCFullYear() + 1;
      progress(`${target.label}, evaluation: seeding the demo and opening ${year}`);
      const seeding = await startServer(env);
      await withCleanup(seeding.stop, async () => post(seeding.baseUrl, await signInDemoAdmin(seeding.baseUrl), '/api/years', { year }));
      for (const [kind, file] of [['units', files.unitsFile], ['pegawai', files.pegawaiFile]] as const) {
        progress(`${target.label}, evaluation: importing ${kind} of the ${formatNumber(options.pegawai)}-pegawai city`);
        await runBenchScript('import-runner.ts', [kind, file], env);
      }
      const password = `Bench-${randomBytes(9).toString('base64url')}`;
      progress(`${target.label}, evaluation: SKP, organisation predikat and rated annual evaluations (SQL)`);
      const { value: fixture } = await runBenchScript<EvaluationFixture>('evaluation-setup.ts', [String(year), password], env);
      const server = await startServer(env);
      await withCleanup(server.stop, () => runRows(target.label, server, fixture, password, options.durationSeconds, sink, progress));
    });
  });
}

async function runRows(label: string, server: RunningServer, fixture: EvaluationFixture, password: string, durationSeconds: number, sink: ScaleSink, progress: (message: string) => void) {
  const admin = await signInDemoAdmin(server.baseUrl);
  const sessions = new Map<string, BenchSession>();
  for (const p of fixture.penilai) sessions.set(p.nip, await signIn(server.baseUrl, { login: p.nip, password }));
  const largest = fixture.penilai[0]!;
  const heavy = { method: 'GET', connections: SCALE_CONNECTIONS, measureSeconds: heavySeconds(durationSeconds), warmUp: { requests: SCALE_CONNECTIONS }, timeoutSeconds: 30 } as const;
  const rows: Scenario[] = [
    { name: `evaluation, ${formatNumber(fixture.pegawai)} pegawai: GET /api/calibration/overview (curve check of all ${fixture.groups} groups)`, path: `/api/calibration/overview?year=${fixture.year}`, headers: { cookie: admin.cookie }, ...heavy },
    { name: `evaluation: GET /api/calibration (one group of ${largest.members}, as its penilai)`, path: `/api/calibration?year=${fixture.year}`, headers: { cookie: sessions.get(largest.nip)!.cookie }, ...heavy },
  ];
  for (const row of rows) {
    const check = await fetch(`${server.baseUrl}${row.path}`, { headers: row.headers });
    if (check.status !== 200) {
      sink.failures.push(`${label} / ${row.name}: not run, answered ${check.status}`);
      continue;
    }
    progress(`${label}: ${row.name} (${row.measureSeconds} s)`);
    sink.outcomes.push(await runScenario(server.baseUrl, label, row));
  }

  progress(`${label}, evaluation: every penilai finalises their group (${fixture.groups} requests in turn)`);
  const times: number[] = [];
  let finalised = 0;
  const started = performance.now();
  for (const p of fixture.penilai) {
    const t0 = performance.now();
    const result = await post<{ finalised: number }>(server.baseUrl, sessions.get(p.nip)!, '/api/calibration/finalise', { periodId: null, year: fixture.year });
    times.push(performance.now() - t0);
    finalised += result.finalised;
  }
  const wall = (performance.now() - started) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  if (finalised !== fixture.pegawai) sink.failures.push(`${label} / evaluation: finalised ${finalised} of ${fixture.pegawai} evaluations`);
  sink.notes.push(
    `- ${label}, evaluation: ${formatNumber(fixture.pegawai)} annual evaluations in ${fixture.groups} groups (${fixture.fitting} fitting the Baik curve) prepared in ${fixture.setupSeconds.toFixed(1)} s;` +
      ` **finalising the whole city: ${wall.toFixed(1)} s** for ${fixture.groups} POST /api/calibration/finalise in turn (per group p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms;` +
      ` the largest, ${largest.members} pegawai, ${Math.round(times[0] ?? 0)} ms), each one transaction: curve check, lock, annual results, audit row, notifications`,
  );
}

async function post<T>(baseUrl: string, session: BenchSession, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`POST ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}
