/** The bench's own settings, read once from the environment. */
export interface BenchConfig {
  /** Measured seconds per scenario (sign-in runs a shorter, derived window). */
  durationSeconds: number;
  /** A PostgreSQL server's maintenance database: the bench creates and drops its own database there. */
  postgresAdminUrl: string;
  /** In CI a missing PostgreSQL is a failure, not a skip. */
  postgresRequired: boolean;
  /** Pegawai in the generated import file (a multiple of 1,000; 0 skips the scale and planning rows). */
  scalePegawai: number;
  /** Pegawai of the generated city whose annual evaluation is finalised (a multiple of 1,000; 0 skips it). */
  evaluationPegawai: number;
}

const DEFAULT_DURATION_SECONDS = 8;
const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_SCALE_PEGAWAI = 100_000;
const DEFAULT_EVALUATION_PEGAWAI = 3_000;

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  return {
    durationSeconds: parseDuration(env.BENCH_DURATION),
    postgresAdminUrl: env.BENCH_DATABASE_URL || DEFAULT_POSTGRES_ADMIN_URL,
    postgresRequired: env.CI === 'true',
    scalePegawai: parseScale(env.BENCH_SCALE_PEGAWAI),
    evaluationPegawai: parseScale(env.BENCH_EVALUATION_PEGAWAI, DEFAULT_EVALUATION_PEGAWAI, 'BENCH_EVALUATION_PEGAWAI'),
  };
}

function parseDuration(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_DURATION_SECONDS;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 600) {
    throw new Error(`BENCH_DURATION must be a whole number of seconds from 1 to 600, got "${value}"`);
  }
  return seconds;
}

/** The import takes up to 200,000 rows; the generated OPDs have 1,000 pegawai each. */
function parseScale(value: string | undefined, fallback = DEFAULT_SCALE_PEGAWAI, name = 'BENCH_SCALE_PEGAWAI'): number {
  if (value === undefined || value === '') return fallback;
  const pegawai = Number(value);
  if (!Number.isInteger(pegawai) || pegawai < 0 || pegawai > 200_000 || pegawai % 1_000 !== 0) {
    throw new Error(`${name} must be 0 or a multiple of 1000 up to 200000, got "${value}"`);
  }
  return pegawai;
}
