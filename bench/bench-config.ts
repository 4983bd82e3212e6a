/** The bench's own settings, read once from the environment. */
export interface BenchConfig {
  /** Measured seconds per scenario (sign-in runs a shorter, derived window). */
  durationSeconds: number;
  /** A PostgreSQL server's maintenance database: the bench creates and drops its own database there. */
  postgresAdminUrl: string;
  /** In CI a missing PostgreSQL is a failure, not a skip. */
  postgresRequired: boolean;
}

const DEFAULT_DURATION_SECONDS = 8;
const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  return {
    durationSeconds: parseDuration(env.BENCH_DURATION),
    postgresAdminUrl: env.BENCH_DATABASE_URL || DEFAULT_POSTGRES_ADMIN_URL,
    postgresRequired: env.CI === 'true',
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
