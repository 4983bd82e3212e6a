import { roundHalfAwayFromZero } from '../../../domain/capaian';
import { ikmFromTotals, mutuLabel, printedIndex } from '../../../domain/ikm';
import { serviceUnitDataPath, type IkiSourceView, type ServiceSourceKind } from '../../../shared/schemas/public-service';
import type { Executor } from '../../platform/db/transaction';
import { loadSettings } from '../../platform/settings/settings';
import { findServiceUnitNames } from './service-units.repository';
import { complaintStats, ikmStats, type ComplaintStatsRow, type IkmStatsRow } from './service-metrics.repository';

export interface ServiceFedIndicator {
  id: string;
  source_kind: string | null;
  source_unit_id: string | null;
}

export interface ServiceFedPeriod {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
}

export interface ServiceFedValue {
  value: number | null;
  source: IkiSourceView;
}

export const serviceFedKey = (ikiId: string, periodId: string) => `${ikiId}:${periodId}`;
export const isServiceFed = (iki: ServiceFedIndicator) => iki.source_kind !== null && iki.source_unit_id !== null;

const round2 = (value: number) => roundHalfAwayFromZero(value, 2);
const fmt = (value: number) => value.toLocaleString('id-ID', { maximumFractionDigits: 2 });

function complaintsOnTime(row: ComplaintStatsRow | undefined, periodName: string) {
  if (!row || row.decided === 0) {
    return { value: null, detail: `Belum ada pengaduan ${periodName} yang dapat dinilai ketepatan waktunya (${row?.received ?? 0} diterima, semuanya masih dalam batas waktu).` };
  }
  const pending = row.received - row.decided;
  const parts = [`${row.on_time} dari ${row.decided} pengaduan yang diterima ${periodName} diselesaikan sesuai standar waktu`];
  if (row.open_overdue > 0) parts.push(`${row.open_overdue} belum selesai melewati batas waktu`);
  if (pending > 0) parts.push(`${pending} lagi masih dalam batas waktu dan belum dihitung`);
  return { value: round2((row.on_time / row.decided) * 100), detail: `${parts.join('; ')}.` };
}

function firstResponseAverage(row: ComplaintStatsRow | undefined, periodName: string, dayKind: string) {
  if (!row || row.responded === 0) return { value: null, detail: `Belum ada pengaduan ${periodName} yang ditanggapi (${row?.received ?? 0} diterima).` };
  const average = round2(row.response_days / row.responded);
  const unit = dayKind === 'working' ? 'hari kerja' : 'hari';
  return { value: average, detail: `Rata-rata ${fmt(average)} ${unit} sampai tanggapan pertama, dari ${row.responded} pengaduan yang sudah ditanggapi (${row.received} diterima ${periodName}).` };
}

function ikmIndex(row: IkmStatsRow | undefined, periodName: string, weight: number, minRespondents: number) {
  if (!row || row.respondents === 0) return { value: null, detail: `Belum ada responden survei kepuasan masyarakat ${periodName}.` };
  const result = ikmFromTotals(row.totals, row.respondents, { weight });
  // The printed figure, from which the mutu is read too (two decimals, half up).
  const index = printedIndex(result.index);
  const warning = row.respondents < minRespondents ? `; di bawah jumlah minimal ${minRespondents} responden` : '';
  return { value: index, detail: `IKM ${fmt(index)} (mutu ${result.mutu}, ${mutuLabel[result.mutu]}) dari ${row.respondents} responden ${periodName}${warning}.` };
}

/**
 * The realisation of service-fed IKI for each period, computed from their service units' data —
 * complaints received and IKM responses submitted within the period — with where it came from.
 * Set-based: two grouped queries for any number of indicators and periods. `now` decides which
 * open complaints are already late.
 */
export async function computeServiceFed(db: Executor, indicators: readonly ServiceFedIndicator[], periods: readonly ServiceFedPeriod[], now: Date): Promise<Map<string, ServiceFedValue>> {
  const fed = indicators.filter(isServiceFed);
  const values = new Map<string, ServiceFedValue>();
  if (fed.length === 0 || periods.length === 0) return values;
  const unitIds = [...new Set(fed.map((i) => i.source_unit_id!))];
  const windows = periods.map((p) => ({ id: p.id, startsOn: p.starts_on, endsOn: p.ends_on }));
  const needsComplaints = fed.some((i) => i.source_kind !== 'IKM_INDEX');
  const needsIkm = fed.some((i) => i.source_kind === 'IKM_INDEX');
  const [units, complaints, ikm] = await Promise.all([
    findServiceUnitNames(db, unitIds),
    needsComplaints ? complaintStats(db, unitIds, windows, now) : Promise.resolve([]),
    needsIkm ? ikmStats(db, unitIds, windows) : Promise.resolve([]),
  ]);
  const settingsOf = new Map<string, Awaited<ReturnType<typeof loadSettings>>['values']>();
  for (const instansiId of new Set(units.map((u) => u.instansi_id))) settingsOf.set(instansiId, (await loadSettings(db, instansiId)).values);
  const complaintRow = new Map(complaints.map((r) => [serviceFedKey(r.service_unit_id, r.period_id), r]));
  const ikmRow = new Map(ikm.map((r) => [serviceFedKey(r.service_unit_id, r.period_id), r]));
  const unitOf = new Map(units.map((u) => [u.id, u]));

  for (const iki of fed) {
    const unit = unitOf.get(iki.source_unit_id!);
    if (!unit) continue;
    const settings = settingsOf.get(unit.instansi_id)!;
    const kind = iki.source_kind as ServiceSourceKind;
    for (const period of periods) {
      const key = serviceFedKey(unit.id, period.id);
      const computed =
        kind === 'IKM_INDEX'
          ? ikmIndex(ikmRow.get(key), period.name, settings.ikmWeight, settings.ikmMinRespondents)
          : kind === 'COMPLAINTS_ON_TIME_PCT'
            ? complaintsOnTime(complaintRow.get(key), period.name)
            : firstResponseAverage(complaintRow.get(key), period.name, settings.slaDayKind);
      values.set(serviceFedKey(iki.id, period.id), {
        value: computed.value,
        source: { kind, serviceUnitId: unit.id, unitName: unit.name, periodLabel: period.name, detail: computed.detail, link: serviceUnitDataPath(unit.id, period.id, kind) },
      });
    }
  }
  return values;
}
