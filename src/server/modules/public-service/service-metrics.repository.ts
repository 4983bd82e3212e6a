import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';
import { countedResponse } from './ikm-burst.repository';

/** A span of days, usually a performance period (a quarter) or a whole year. */
export interface PeriodWindow {
  id: string;
  startsOn: string;
  endsOn: string;
}

export async function findPeriod(db: Executor, instansiId: string, periodId: string) {
  return db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select(['p.id', 'p.name', 'p.starts_on', 'p.ends_on', 'y.year'])
    .where('p.id', '=', periodId)
    .where('y.instansi_id', '=', instansiId)
    .executeTakeFirst();
}

const windowsTable = (windows: readonly PeriodWindow[]) => sql.join(windows.map((w) => sql`(${w.id}::bigint, ${w.startsOn}::date, ${w.endsOn}::date)`));

export interface ComplaintStatsRow {
  service_unit_id: string;
  period_id: string;
  received: number;
  /** Closed, or still open past the resolution deadline: the complaints whose timeliness is known. */
  decided: number;
  /** Closed (selesai or ditolak) by the resolution deadline. */
  on_time: number;
  open_overdue: number;
  responded: number;
  response_days: number;
}

/**
 * Complaint counts per service unit per window, in one grouped query over the
 * (service_unit_id, received_on) index, whatever the number of units and windows.
 */
export async function complaintStats(db: Executor, unitIds: readonly string[], windows: readonly PeriodWindow[], now: Date): Promise<ComplaintStatsRow[]> {
  if (unitIds.length === 0 || windows.length === 0) return [];
  const result = await sql<ComplaintStatsRow>`
    select c.service_unit_id, w.period_id,
           count(*)::int as received,
           count(*) filter (where c.resolved_at is not null or c.resolution_due_at < ${now})::int as decided,
           count(*) filter (where c.resolved_at is not null and c.resolved_at <= c.resolution_due_at)::int as on_time,
           count(*) filter (where c.resolved_at is null and c.resolution_due_at < ${now})::int as open_overdue,
           count(*) filter (where c.first_response_days is not null)::int as responded,
           coalesce(sum(c.first_response_days), 0)::int as response_days
      from complaint c
      join (values ${windowsTable(windows)}) as w(period_id, starts_on, ends_on)
        on c.received_on between w.starts_on and w.ends_on
     where c.service_unit_id in (${sql.join(unitIds.map((id) => sql`${id}::bigint`))})
     group by c.service_unit_id, w.period_id`.execute(db);
  return result.rows;
}

export interface IkmStatsRow {
  service_unit_id: string;
  period_id: string;
  respondents: number;
  totals: number[];
}

/**
 * Respondents and the total score per unsur, per service unit per window, in one grouped query;
 * answers in a burst BKPSDM has not accepted are left out (issue #16 point 11).
 */
export async function ikmStats(db: Executor, unitIds: readonly string[], windows: readonly PeriodWindow[]): Promise<IkmStatsRow[]> {
  if (unitIds.length === 0 || windows.length === 0) return [];
  const result = await sql<{ service_unit_id: string; period_id: string; n: number; t1: number; t2: number; t3: number; t4: number; t5: number; t6: number; t7: number; t8: number; t9: number }>`
    select r.service_unit_id, w.period_id, count(*)::int as n,
           sum(r.u1)::int as t1, sum(r.u2)::int as t2, sum(r.u3)::int as t3, sum(r.u4)::int as t4, sum(r.u5)::int as t5,
           sum(r.u6)::int as t6, sum(r.u7)::int as t7, sum(r.u8)::int as t8, sum(r.u9)::int as t9
      from ikm_response r
      join (values ${windowsTable(windows)}) as w(period_id, starts_on, ends_on)
        on r.submitted_on between w.starts_on and w.ends_on
     where r.service_unit_id in (${sql.join(unitIds.map((id) => sql`${id}::bigint`))})
       and ${countedResponse('r')}
     group by r.service_unit_id, w.period_id`.execute(db);
  return result.rows.map((r) => ({ service_unit_id: r.service_unit_id, period_id: r.period_id, respondents: r.n, totals: [r.t1, r.t2, r.t3, r.t4, r.t5, r.t6, r.t7, r.t8, r.t9] }));
}

/** The latest comments of a unit's respondents in a window (for the IKM result; no names are asked). */
export async function listIkmComments(db: Executor, serviceUnitId: string, window: PeriodWindow, limit: number) {
  return db
    .selectFrom('ikm_response as r')
    .select(['submitted_at', 'comment'])
    .where('service_unit_id', '=', serviceUnitId)
    .where(countedResponse('r'))
    .where('submitted_on', '>=', window.startsOn)
    .where('submitted_on', '<=', window.endsOn)
    .where('comment', 'is not', null)
    .orderBy('submitted_at', 'desc')
    .limit(limit)
    .execute();
}

/** Answers of a unit in the window held back in bursts not accepted (yet). */
export async function ikmHeld(db: Executor, serviceUnitId: string, window: PeriodWindow) {
  const row = await db
    .selectFrom('ikm_response as r')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('service_unit_id', '=', serviceUnitId)
    .where('submitted_on', '>=', window.startsOn)
    .where('submitted_on', '<=', window.endsOn)
    .where(sql<boolean>`not ${countedResponse('r')}`)
    .executeTakeFirstOrThrow();
  return row.n;
}
