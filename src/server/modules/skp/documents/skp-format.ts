// Text forms of the printed SKP (PDF and XLSX alike): its period, targets, labels, status notes
// and file name. Pure functions, so the two documents cannot disagree.
import type { SkpView } from '../../../../shared/schemas/planning';
import { dayInWords, dayMonthInWords, orDash } from '../../../lib/documents';

const DASH = '-';

/** "1 JANUARI SD 31 DESEMBER TAHUN 2026" (the year named once when both ends share it). */
export function periodInWords(skp: Pick<SkpView, 'year' | 'validFrom' | 'validTo'>): string {
  const isDay = (text: string | null): text is string => text !== null && /^\d{4}-\d{2}-\d{2}/.test(text);
  const from = isDay(skp.validFrom) ? skp.validFrom : `${skp.year}-01-01`;
  const to = isDay(skp.validTo) ? skp.validTo : `${skp.year}-12-31`;
  const toYear = to.slice(0, 4);
  const text = from.slice(0, 4) === toYear ? `${dayMonthInWords(from)} SD ${dayMonthInWords(to)} TAHUN ${Number(toYear)}` : `${dayInWords(from)} SD ${dayInWords(to)}`;
  return text.toUpperCase();
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
