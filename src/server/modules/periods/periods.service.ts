import { planPeriods, type Granularity } from '../../../domain/periods';
import type { PeriodStatus, YearView } from '../../../shared/schemas/planning';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { conflict, notFound } from '../../platform/errors';
import { loadSettings } from '../../platform/settings/settings';
import * as repo from './periods.repository';

/** A period of a performance year as other modules read it: dates as 'YYYY-MM-DD', with its year and the year's status. */
export interface PeriodOfYear {
  id: string;
  seq: number;
  name: string;
  starts_on: string;
  ends_on: string;
  realisation_closes: string;
  evaluation_closes: string;
  status: PeriodStatus;
  year: number;
  yearStatus: PeriodStatus;
}

/** The periods of an instansi's performance year, in order (none when the year is not opened). */
export async function listPeriodsOfYear(db: Executor, instansiId: string, year: number): Promise<PeriodOfYear[]> {
  return repo.listPeriodsOfYear(db, instansiId, year);
}

export function createPeriodsService(ctx: AppContext) {
  const { db, audit } = ctx;

  async function listYears(auth: AuthContext): Promise<{ items: YearView[] }> {
    const { years, periods } = await repo.listYears(db, auth.account.instansiId);
    return {
      items: years.map((y) => ({
        id: y.id,
        year: y.year,
        granularity: y.granularity,
        status: y.status,
        planningCloses: y.planning_closes,
        periods: periods
          .filter((p) => p.year_id === y.id)
          .map((p) => ({ id: p.id, seq: p.seq, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on, realisationCloses: p.realisation_closes, evaluationCloses: p.evaluation_closes, status: p.status })),
      })),
    };
  }

  /** BKPSDM opens a year; its periods follow the instansi's granularity unless chosen here. */
  async function openYear(auth: AuthContext, actor: AuditActor, input: { year: number; granularity?: Granularity; planningCloses?: string | null }) {
    await inTransaction(db, async (trx) => {
      const instansiId = auth.account.instansiId;
      if (await repo.findYear(trx, instansiId, input.year)) throw conflict(`Tahun kinerja ${input.year} sudah dibuka.`);
      const granularity = input.granularity ?? (await loadSettings(trx, instansiId)).values.periodGranularity;
      const yearId = await repo.insertYear(trx, { instansiId, year: input.year, granularity, planningCloses: input.planningCloses ?? null }, planPeriods(input.year, granularity));
      await audit.append(trx, actor, { action: 'year.opened', entityType: 'performance_year', entityId: yearId, data: { year: input.year, granularity } });
    });
    return listYears(auth);
  }

  async function setYearStatus(auth: AuthContext, actor: AuditActor, yearId: string, status: 'OPEN' | 'CLOSED') {
    await inTransaction(db, async (trx) => {
      const year = await repo.findYearById(trx, yearId);
      if (!year || year.instansi_id !== auth.account.instansiId) throw notFound();
      if (year.status === status) return;
      await repo.setYearStatus(trx, yearId, status);
      await audit.append(trx, actor, { action: status === 'CLOSED' ? 'year.closed' : 'year.reopened', entityType: 'performance_year', entityId: yearId, data: { year: year.year } });
    });
    return listYears(auth);
  }

  async function setPeriodStatus(auth: AuthContext, actor: AuditActor, periodId: string, status: 'OPEN' | 'CLOSED') {
    await inTransaction(db, async (trx) => {
      const period = await repo.findPeriod(trx, periodId);
      if (!period || period.instansi_id !== auth.account.instansiId) throw notFound();
      if (period.status === status) return;
      await repo.setPeriodStatus(trx, periodId, status);
      await audit.append(trx, actor, { action: status === 'CLOSED' ? 'period.closed' : 'period.reopened', entityType: 'period', entityId: periodId, data: { period: period.name } });
    });
    return listYears(auth);
  }

  return { listYears, openYear, setYearStatus, setPeriodStatus };
}
