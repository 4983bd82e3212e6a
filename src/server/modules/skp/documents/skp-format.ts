// Text forms used by the printed SKP (PDF and XLSX alike): spaced NIP, Indonesian dates,
// targets, labels. Pure functions, so the two documents cannot disagree.
import { formatNip } from '../../../../domain/nip';
import type { SkpView } from '../../../../shared/schemas/planning';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
// Kota Solok keeps Western Indonesia Time (WIB, UTC+7, no daylight saving).
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DASH = '-';

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function parseDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function words(date: CalendarDate): string {
  return `${date.day} ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
}

/** "3 Februari 2026": the calendar date in Kota Solok of an instant. */
export function dateInWords(instant: Date): string {
  const local = new Date(instant.getTime() + WIB_OFFSET_MS);
  return words({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() });
}

/** Where the document is signed: "Solok" for "Pemerintah Kota Solok" (the city's name when in doubt). */
export function placeOfSigning(instansiName: string): string {
  const match = /(?:kota|kabupaten)\s+(.+)$/i.exec(instansiName.trim());
  return match?.[1]?.trim() || 'Solok';
}

/** "1 JANUARI SD 31 DESEMBER TAHUN 2026" (the year named once when both ends share it). */
export function periodInWords(skp: Pick<SkpView, 'year' | 'validFrom' | 'validTo'>): string {
  const from = parseDate(skp.validFrom) ?? { year: skp.year, month: 1, day: 1 };
  const to = (skp.validTo ? parseDate(skp.validTo) : null) ?? { year: skp.year, month: 12, day: 31 };
  const text =
    from.year === to.year
      ? `${from.day} ${MONTHS[from.month - 1]} SD ${to.day} ${MONTHS[to.month - 1]} TAHUN ${to.year}`
      : `${words(from)} SD ${words(to)}`;
  return text.toUpperCase();
}

/** The spaced document form (`19860926 201505 1 001`, NI PPPK `19900101 2022 21 2 001`); "-" when there is none (an official). */
export function documentNip(nip: string | null | undefined): string {
  const trimmed = (nip ?? '').trim();
  return trimmed ? formatNip(trimmed) : DASH;
}

/** A value for a printed cell: trimmed, "-" when empty. */
export function orDash(value: string | null | undefined): string {
  const trimmed = (value ?? '').replace(/\r\n?/g, '\n').trim();
  return trimmed ? trimmed : DASH;
}

const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

/** "2 Dokumen", "100 %", "61,95 %", or the narrative target (both when both are given). */
export function targetText(iki: { targetValue: number | null; targetText: string | null; satuan: string | null }): string {
  const narrative = (iki.targetText ?? '').trim();
  if (iki.targetValue === null || iki.targetValue === undefined) return orDash(narrative);
  const amount = [numberFormat.format(iki.targetValue), (iki.satuan ?? '').trim()].filter(Boolean).join(' ');
  return narrative ? `${amount}\n${narrative}` : amount;
}

const ASPEK: Record<string, string> = { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' };
export function aspekLabel(aspek: string): string {
  return ASPEK[aspek] ?? titleCase(aspek);
}

const PERSPEKTIF: Record<string, string> = {
  PENERIMA_LAYANAN: 'Penerima Layanan',
  PENGUATAN_INTERNAL: 'Penguatan Internal',
  ANGGARAN: 'Anggaran',
  PROSES_BISNIS: 'Proses Bisnis',
};
export function perspektifLabel(perspektif: string | null): string {
  if (!perspektif) return DASH;
  return PERSPEKTIF[perspektif] ?? titleCase(perspektif);
}

function titleCase(code: string): string {
  return code
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Shown in the footer (and the XLSX) while the SKP is not approved; null once it is. */
export function statusNote(status: SkpView['status']): string | null {
  switch (status) {
    case 'DRAFT':
      return 'DRAFT — belum disetujui';
    case 'DIAJUKAN':
      return 'DIAJUKAN — menunggu persetujuan';
    case 'DIKEMBALIKAN':
      return 'DIKEMBALIKAN — perlu perbaikan, belum disetujui';
    case 'DISETUJUI':
      return null;
  }
}

/** "Revisi ke-N" from the second revision on. */
export function revisionNote(revision: number): string | null {
  return revision > 1 ? `Revisi ke-${revision}` : null;
}

/** `SKP-2026-199505052020122010-rev1.pdf`: safe as a download name on every system. */
export function skpDocumentFileName(skp: SkpView, ext: 'pdf' | 'xlsx'): string {
  const id = skp.pegawai.nip.replace(/\D/g, '') || `id${skp.pegawai.pegawaiId.replace(/\W/g, '')}`;
  return `SKP-${skp.year}-${id}-rev${skp.revision}.${ext}`;
}
