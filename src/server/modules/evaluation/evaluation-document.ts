// What the Dokumen Evaluasi Kinerja Pegawai says (Lampiran PermenPANRB 6/2022, domain.md §2.1,
// §5.2), independent of how it is drawn: header blocks, hasil kerja with realisasi and umpan balik,
// perilaku, the ratings and predikat, the kurva distribusi chosen, the keberatan decision.
import { allowedRanges, orgPredikatLabel } from '../../../domain/kurva';
import { predikatLabel, predikatOrder, ratingLabel, type Predikat, type Rating } from '../../../domain/predikat';
import type { EvaluationView } from '../../../shared/schemas/evaluation';
import { dayInWords, documentNip, orDash } from '../../lib/documents';
import { aspekLabel } from '../skp';

export interface PrintedSeat {
  title: string;
  /** Nama, NIP, pangkat/gol, jabatan, unit kerja. */
  values: string[];
}

export const IDENTITY_LABELS = ['NAMA', 'NIP', 'PANGKAT/GOL', 'JABATAN', 'UNIT KERJA'];

export interface HasilKerjaRow {
  no: string;
  rhk: string;
  jenis: string;
  rating: string;
  lines: { aspek: string; indicator: string; target: string; realisasi: string }[];
  feedback: string;
}

export interface CurveRow {
  predikat: string;
  rule: string;
  count: number;
}

export interface EvaluationDocument {
  title: string[];
  period: string;
  statusNote: string | null;
  seats: PrintedSeat[];
  hasilKerja: HasilKerjaRow[];
  ratingHasilKerja: { rating: string; justification: string };
  perilaku: { no: string; name: string; ekspektasi: string; feedback: string }[];
  ratingPerilaku: { rating: string; justification: string };
  predikat: string;
  curve: { title: string; rows: CurveRow[]; counts: number[]; justification: string | null } | null;
  keberatan: { label: string; value: string }[] | null;
  angkaKredit: string | null;
  signer: { name: string; nip: string | null };
  pegawai: { name: string; nip: string };
}

const STATUS_NOTE: Partial<Record<EvaluationView['status'], string>> = { DRAFT: 'DRAF — BELUM DINILAI', DINILAI: 'DRAF — BELUM DIFINALISASI', KEBERATAN: 'DALAM PEMERIKSAAN KEBERATAN' };
const JENJANG: Record<string, string> = { AHLI_UTAMA: 'Ahli Utama', AHLI_MADYA: 'Ahli Madya', AHLI_MUDA: 'Ahli Muda', AHLI_PERTAMA: 'Ahli Pertama', PENYELIA: 'Penyelia', MAHIR: 'Mahir', TERAMPIL: 'Terampil', PEMULA: 'Pemula' };
const number = (n: number | null | undefined) => (n === null || n === undefined ? '-' : n.toLocaleString('id-ID', { maximumFractionDigits: 2 }));
const rated = (r: Rating | null) => (r ? ratingLabel[r].toUpperCase() : 'BELUM DINILAI');

function seat(title: string, s: EvaluationView['penilai'] | { person: EvaluationView['pegawai']; official: null }, instansi: string): PrintedSeat {
  const p = s.person;
  const values = p
    ? [p.name, documentNip(p.nip), orDash(p.pangkatGolongan), orDash(p.jabatan), orDash(p.unit)]
    : s.official
      ? [s.official, '-', '-', s.official, instansi]
      : ['-', '-', '-', '-', '-'];
  return { title, values };
}

function hasilKerja(view: EvaluationView): HasilKerjaRow[] {
  const realisation = view.realisation?.rhk ?? [];
  const annual = view.kind === 'TAHUNAN';
  return view.ratings.rhk.map((r, index) => {
    const row = realisation.find((x) => x.id === r.rhkId);
    const lines = (row?.iki ?? []).map((i) => {
      const target = i.targetValue !== null ? `${number(i.targetValue)} ${i.satuan ?? ''}`.trim() : orDash(i.targetText);
      const value = annual ? i.yearToDate : (i.realisation?.value ?? null);
      const amount = value !== null ? `${number(value)} ${i.satuan ?? ''}`.trim() : orDash(i.realisation?.narrative);
      const capaian = i.capaian !== null ? ` (capaian ${number(i.capaian)}%)` : '';
      return { aspek: aspekLabel(i.aspek), indicator: i.indicator, target, realisasi: `${amount}${capaian}` };
    });
    const feedback = [...(row?.feedback ?? []).map((f) => `${f.fromName}: ${f.text}`), ...(r.note ? [`Catatan penilai: ${r.note}`] : [])].join('\n');
    return { no: String(index + 1), rhk: r.text, jenis: r.jenis === 'UTAMA' ? 'Utama' : 'Tambahan', rating: r.rating ? ratingLabel[r.rating] : '-', lines: lines.length > 0 ? lines : [{ aspek: '-', indicator: '-', target: '-', realisasi: '-' }], feedback: orDash(feedback) };
  });
}

function curveOf(view: EvaluationView): EvaluationDocument['curve'] {
  const curve = view.curve;
  if (!curve?.orgPredikat || !curve.counts) return null;
  const counts = predikatOrder.map((p) => curve.counts?.[p] ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  const ranges = allowedRanges(curve.orgPredikat, total);
  const rows = predikatOrder.map((p, i) => {
    const rules = ranges.filter((r) => r.predikat.includes(p)).map((r) => (r.predikat.length > 1 ? `${r.min}–${r.max} (bersama ${r.predikat.filter((x) => x !== p).map((x) => predikatLabel[x]).join(', ')})` : `${r.min}–${r.max}`));
    return { predikat: predikatLabel[p], rule: rules.length > 0 ? rules.join('; ') : 'bebas', count: counts[i] ?? 0 };
  });
  const unit = curve.unitName ? ` — ${curve.unitName}` : '';
  return { title: `KURVA DISTRIBUSI: PREDIKAT ORGANISASI ${orgPredikatLabel[curve.orgPredikat].toUpperCase()}${unit} (${total} pegawai, penegakan ${curve.enforcement === 'hard' ? 'ketat' : 'lunak'})`, rows, counts, justification: curve.justification };
}

function keberatanOf(view: EvaluationView): EvaluationDocument['keberatan'] {
  const k = view.keberatan;
  if (!k) return null;
  const predikat = (p: Predikat) => predikatLabel[p];
  const rows = [
    { label: 'Diajukan', value: dayInWords(k.filedAt) },
    { label: 'Alasan keberatan', value: k.reasons },
    ...k.statements.map((s) => ({ label: `Keterangan ${s.role === 'PEGAWAI' ? 'pegawai' : s.role === 'PENILAI' ? 'pejabat penilai' : 'atasan pejabat penilai'}`, value: `${s.name}: ${s.text}` })),
    { label: 'Sebelum keputusan', value: `Hasil kerja ${ratingLabel[k.before.ratingHasilKerja]}, perilaku ${ratingLabel[k.before.ratingPerilaku]}, predikat ${predikat(k.before.predikat)}` },
  ];
  if (k.decision && k.after) {
    rows.push(
      { label: 'Keputusan atasan pejabat penilai', value: `${k.decision === 'CHANGED' ? 'MENGUBAH' : 'MENGUATKAN'} hasil evaluasi (final)` },
      { label: 'Setelah keputusan', value: `Hasil kerja ${ratingLabel[k.after.ratingHasilKerja]}, perilaku ${ratingLabel[k.after.ratingPerilaku]}, predikat ${predikat(k.after.predikat)}` },
      { label: 'Alasan keputusan', value: orDash(k.decisionReason) },
      { label: 'Diputus oleh', value: `${orDash(k.decidedByName)}, ${k.decidedAt ? dayInWords(k.decidedAt) : '-'}` },
    );
  } else rows.push({ label: 'Keputusan', value: 'Belum diputus' });
  return rows;
}

export function evaluationDocument(view: EvaluationView, instansiName: string): EvaluationDocument {
  const periodName = view.period ? view.period.name.toUpperCase() : `AKHIR TAHUN ${view.year}`;
  const range = (view.period ? `${dayInWords(view.period.startsOn)} SD ${dayInWords(view.period.endsOn)}` : `1 Januari SD 31 Desember ${view.year}`).toUpperCase();
  const ak = view.angkaKredit;
  const penilai = view.penilai.person;
  return {
    title: ['DOKUMEN EVALUASI KINERJA PEGAWAI', `PERIODE: ${periodName}`, `PENDEKATAN HASIL KERJA ${view.realisation?.skp.pendekatan ?? 'KUANTITATIF'}`],
    period: `${instansiName.toUpperCase()} — PERIODE PENILAIAN ${range}`,
    statusNote: STATUS_NOTE[view.status] ?? null,
    seats: [
      seat('PEGAWAI YANG DINILAI', { person: view.pegawai, official: null }, instansiName),
      seat('PEJABAT PENILAI KINERJA', view.penilai, instansiName),
      seat('ATASAN PEJABAT PENILAI KINERJA', view.atasanPenilai, instansiName),
    ],
    hasilKerja: hasilKerja(view),
    ratingHasilKerja: {
      rating: rated(view.ratings.ratingHasilKerja),
      justification:
        orDash(view.ratings.justificationHasilKerja) +
        (view.unitHead?.orgPredikat ? `\n(Kepala unit: mengikuti predikat organisasi ${view.unitHead.unitName}, ${orgPredikatLabel[view.unitHead.orgPredikat]})` : '') +
        (view.ratings.realisationUnsubmitted.length > 0 ? `\n(Dinilai tanpa realisasi yang diajukan: ${view.ratings.realisationUnsubmitted.join(', ')})` : ''),
    },
    perilaku: (view.realisation?.perilaku ?? []).map((p, i) => ({ no: String(i + 1), name: p.name, ekspektasi: orDash(p.ekspektasi), feedback: orDash(p.feedback.map((f) => `${f.fromName}: ${f.text}`).join('\n')) })),
    ratingPerilaku: { rating: rated(view.ratings.ratingPerilaku), justification: orDash(view.ratings.justificationPerilaku) },
    predikat: view.ratings.predikat ? `${predikatLabel[view.ratings.predikat].toUpperCase()}${view.ratings.provisional ? ' (SEMENTARA)' : ''}` : 'BELUM DITETAPKAN',
    curve: curveOf(view),
    keberatan: keberatanOf(view),
    angkaKredit: ak ? `Angka kredit (${ak.jenjang ? (JENJANG[ak.jenjang] ?? ak.jenjang) : '-'}, koefisien ${number(ak.koefisien)}, ${ak.bulan} bulan): ${number(ak.angkaKredit)}` : null,
    signer: penilai ? { name: penilai.name, nip: `NIP. ${documentNip(penilai.nip)}` } : { name: view.penilai.official ?? '-', nip: null },
    pegawai: { name: view.pegawai.name, nip: `NIP. ${documentNip(view.pegawai.nip)}` },
  };
}
