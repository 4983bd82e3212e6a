/**
 * Child process of the bench: `tsx bench/table-stats.ts` prints whether the planner had
 * statistics for the pegawai table (pg_class.reltuples is -1 until the first ANALYZE or VACUUM)
 * and when it was last analyzed (PostgreSQL; PGlite keeps no such counters across restarts).
 */
import { sql } from 'kysely';
import { withDatabase } from '../src/cli/context';

export interface TableStats {
  reltuples: number;
  lastAnalyzed: string | null;
}

const stats = await withDatabase({ seed: false }, async ({ database }) => {
  const { rows } = await sql<{ reltuples: number; last_analyzed: Date | null }>`
    select c.reltuples, greatest(s.last_analyze, s.last_autoanalyze) as last_analyzed
      from pg_class c left join pg_stat_user_tables s on s.relid = c.oid
     where c.relname = 'pegawai' and c.relkind = 'r'`.execute(database.db);
  const row = rows[0];
  const result: TableStats = { reltuples: Number(row?.reltuples ?? -1), lastAnalyzed: row?.last_analyzed ? new Date(row.last_analyzed).toISOString() : null };
  return result;
});
console.log(JSON.stringify(stats));
process.exit(0);
