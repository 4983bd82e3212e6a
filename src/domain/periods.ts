/**
 * The periodic sub-periods of a performance year (domain.md §1.2: realisation measured "setiap
 * bulan, triwulanan, semesteran, atau tahunan"; the official form's "TRIWULAN I/II/III/IV-AKHIR").
 * Deadlines after each period's end are Kinerja's defaults (the regulation sets no day).
 */
export type Granularity = 'monthly' | 'quarterly';

export interface PeriodPlan {
  seq: number;
  name: string;
  startsOn: string;
  endsOn: string;
  realisationCloses: string;
  evaluationCloses: string;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const QUARTERS = ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'];
export const REALISATION_DAYS_AFTER_END = 5;
export const EVALUATION_DAYS_AFTER_END = 15;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
const lastDayOfMonth = (year: number, monthIndex: number) => iso(new Date(Date.UTC(year, monthIndex + 1, 0)));

export function planPeriods(year: number, granularity: Granularity): PeriodPlan[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`year out of range: ${year}`);
  const span = granularity === 'monthly' ? 1 : 3;
  const names = granularity === 'monthly' ? MONTHS : QUARTERS;
  return names.map((name, index) => {
    const startsOn = iso(new Date(Date.UTC(year, index * span, 1)));
    const endsOn = lastDayOfMonth(year, index * span + span - 1);
    return {
      seq: index + 1,
      name: `${name} ${year}`,
      startsOn,
      endsOn,
      realisationCloses: addDays(endsOn, REALISATION_DAYS_AFTER_END),
      evaluationCloses: addDays(endsOn, EVALUATION_DAYS_AFTER_END),
    };
  });
}
