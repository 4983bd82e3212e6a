import { complaintCategories, type ComplaintCategory, type SlaCalendar, type SlaStandards } from '../../../domain/sla';
import type { Settings } from '../../../shared/schemas/settings';
import type { Executor } from '../../platform/db/transaction';
import { loadSettings } from '../../platform/settings/settings';
import { listHolidays } from './holidays.repository';

export interface SlaContext {
  calendar: SlaCalendar;
  standards: SlaStandards;
  settings: Settings;
}

const settingOf: Record<ComplaintCategory, 'slaInformasiDays' | 'slaKeluhanDays' | 'slaSengketaDays' | 'slaPemeriksaanLapanganDays'> = {
  INFORMASI: 'slaInformasiDays',
  KELUHAN: 'slaKeluhanDays',
  SENGKETA: 'slaSengketaDays',
  PEMERIKSAAN_LAPANGAN: 'slaPemeriksaanLapanganDays',
};

export function standardsOf(settings: Settings): SlaStandards {
  return {
    firstResponseDays: settings.slaFirstResponseDays,
    resolutionDays: Object.fromEntries(complaintCategories.map((c) => [c, settings[settingOf[c]]])) as Record<ComplaintCategory, number>,
  };
}

/** The instansi's standards, day kind and holiday calendar, as the SLA functions take them. */
export async function loadSlaContext(db: Executor, instansiId: string): Promise<SlaContext> {
  const [{ values }, holidays] = await Promise.all([loadSettings(db, instansiId), listHolidays(db, instansiId)]);
  return { settings: values, standards: standardsOf(values), calendar: { dayKind: values.slaDayKind, holidays: new Set(holidays.map((h) => h.date)) } };
}
