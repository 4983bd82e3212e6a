import { nationalHolidays } from '../../../domain/national-holidays';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction } from '../../platform/db/transaction';
import { notFound, ruleViolation } from '../../platform/errors';
import * as repo from './holidays.repository';

type HolidayKind = 'LIBUR_NASIONAL' | 'CUTI_BERSAMA' | 'LIBUR_DAERAH';
const toView = (h: { date: string; name: string; kind: string }) => ({ date: h.date, name: h.name, kind: h.kind as HolidayKind });

/**
 * The instansi's holiday calendar, which working-day deadlines skip. BKPSDM edits it and loads the
 * national list (SKB 3 Menteri) a year at a time. A change applies to complaints received after it:
 * deadlines already set stay as they were promised.
 */
export function createHolidaysService(ctx: AppContext) {
  const { db, audit } = ctx;

  async function list(auth: AuthContext, year?: number) {
    const range = year ? { from: `${year}-01-01`, to: `${year}-12-31` } : undefined;
    return { items: (await repo.listHolidays(db, auth.account.instansiId, range)).map(toView) };
  }

  async function put(auth: AuthContext, actor: AuditActor, date: string, input: { name: string; kind: HolidayKind }) {
    if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) throw ruleViolation('date', 'Tanggal tidak ada di kalender.');
    return inTransaction(db, async (trx) => {
      const before = await repo.findHoliday(trx, auth.account.instansiId, date);
      await repo.upsertHoliday(trx, { instansi_id: auth.account.instansiId, date, name: input.name, kind: input.kind });
      await audit.append(trx, actor, { action: 'holiday.set', entityType: 'holiday', entityId: date, data: { before: before ?? null, after: input } });
      return toView({ date, ...input });
    });
  }

  async function remove(auth: AuthContext, actor: AuditActor, date: string) {
    return inTransaction(db, async (trx) => {
      const before = await repo.findHoliday(trx, auth.account.instansiId, date);
      if (!before) throw notFound();
      await repo.deleteHoliday(trx, auth.account.instansiId, date);
      await audit.append(trx, actor, { action: 'holiday.removed', entityType: 'holiday', entityId: date, data: { before } });
      return { ok: true as const };
    });
  }

  /** Adds the year's national holidays and cuti bersama that are not in the calendar yet. */
  async function importNational(auth: AuthContext, actor: AuditActor, year: number) {
    const days = nationalHolidays[year];
    if (!days) throw ruleViolation('year', `Daftar libur nasional tahun ${year} belum tersedia di aplikasi; isi tanggalnya satu per satu.`);
    return inTransaction(db, async (trx) => {
      const added = await repo.insertMissingHolidays(trx, auth.account.instansiId, days);
      await audit.append(trx, actor, { action: 'holiday.national_imported', entityType: 'holiday', entityId: String(year), data: { year, added } });
      return { added, items: (await repo.listHolidays(trx, auth.account.instansiId, { from: `${year}-01-01`, to: `${year}-12-31` })).map(toView) };
    });
  }

  return { list, put, remove, importNational };
}
