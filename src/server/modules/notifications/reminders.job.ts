import type { Logger } from 'pino';
import { addDays, todayInSolok } from '../../platform/calendar';
import type { Clock } from '../../platform/clock';
import type { Executor } from '../../platform/db/transaction';
import type { ScheduledJob } from '../../platform/jobs/scheduler';
import { loadSettings } from '../../platform/settings/settings';
import { insertRealisationReminders, listOpenPeriodsClosingFrom } from './reminders.repository';

export const REMINDERS_JOB = 'realisation-reminders';
const HOUR_MS = 60 * 60 * 1000;

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2026-04-05` → `05 April 2026`. */
export function formatTanggal(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date} ${MONTHS[Number(month) - 1]} ${year}`;
}


/**
 * Reminds everyone with an approved SKP who has not submitted a period's realisation, once, in
 * the last `reminderDaysBefore` days (a per-instansi setting) up to the deadline, by Kota Solok's
 * calendar. Runs hourly so a new period, a new approval or a changed setting is picked up soon.
 */
export function realisationRemindersJob(deps: { db: Executor; clock: Clock; logger: Logger }): ScheduledJob {
  return { name: REMINDERS_JOB, everyMs: HOUR_MS, run: () => sendRealisationReminders(deps) };
}

export async function sendRealisationReminders({ db, clock }: { db: Executor; clock: Clock }) {
  const today = todayInSolok(clock);
  const periods = await listOpenPeriodsClosingFrom(db, today);
  const windowOf = new Map<string, number>();
  let made = 0;
  for (const period of periods) {
    if (!windowOf.has(period.instansi_id)) windowOf.set(period.instansi_id, (await loadSettings(db, period.instansi_id)).values.reminderDaysBefore);
    if (period.realisation_closes > addDays(today, windowOf.get(period.instansi_id)!)) continue;
    const deadline = formatTanggal(period.realisation_closes);
    made += await insertRealisationReminders(
      db,
      { id: period.id, instansiId: period.instansi_id, year: period.year, endsOn: period.ends_on },
      {
        title: `Pengingat: realisasi SKP ${period.name}`,
        body: `Batas akhir pengisian realisasi SKP ${period.name} adalah ${deadline}. Lengkapi realisasi dan bukti dukung Anda, lalu ajukan sebelum tanggal tersebut.`,
      },
    );
  }
  return { periods: periods.length, reminders: made };
}
