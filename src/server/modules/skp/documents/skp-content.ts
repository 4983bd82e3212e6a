// What an SKP document says, in the order and wording of the PermenPANRB 6/2022 form
// (domain.md §2.1), independent of PDF or XLSX. Both renderers lay out this model.
import { coreValues } from '../../../../domain/berakhlak';
import type { PersonRef, RhkView, SkpView } from '../../../../shared/schemas/planning';
import { dateInWords, documentNip, orDash, placeOfSigning, type Signatures } from '../../../lib/documents';
import { aspekLabel, periodInWords, perspektifLabel, revisionNote, statusNote, targetText } from './skp-format';

export interface IdentityRow {
  label: string;
  pegawai: string;
  penilai: string;
}

export interface IkiLine {
  aspek: string;
  indicator: string;
  target: string;
  /** The target is words rather than an amount (left-aligned when printed). */
  narrative: boolean;
  perspektif: string;
}

/** One RHK: its number, the RHK it intervenes and its text span all of its IKI lines. */
export interface RhkItem {
  no: string;
  intervened: string;
  text: string;
  iki: IkiLine[];
}

export interface RhkGroup {
  title: string;
  items: RhkItem[];
}

export interface PerilakuItem {
  no: string;
  name: string;
  guides: string[];
  ekspektasi: string;
}

export interface SkpDocument {
  title: string[];
  instansi: string;
  period: string;
  /** "Revisi ke-N" and the status note, when there are any. */
  notes: string[];
  statusNote: string | null;
  identity: { pegawaiTitle: string; penilaiTitle: string; rows: IdentityRow[] };
  hasilKerja: { columns: string[]; isJpt: boolean; groups: RhkGroup[] };
  perilaku: { columns: string[]; items: PerilakuItem[] };
  lampiran: { title: string; sections: { heading: string; text: string }[] };
  signatures: Signatures;
}

const HASIL_KERJA_COLUMNS = ['NO', 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', 'RENCANA HASIL KERJA', 'ASPEK', 'INDIKATOR KINERJA INDIVIDU', 'TARGET'];
const JPT_COLUMNS = ['NO', 'IKU / PENUGASAN DARI', 'RENCANA HASIL KERJA', 'ASPEK', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'PERSPEKTIF'];

interface PrintedPerson {
  name: string;
  nip: string;
  pangkat: string;
  jabatan: string;
  unit: string;
}

function printedPerson(person: PersonRef | null, official: string | null, instansi: string): PrintedPerson {
  if (person) {
    return { name: orDash(person.name), nip: documentNip(person.nip), pangkat: orDash(person.pangkatGolongan), jabatan: orDash(person.jabatan), unit: orDash(person.unit) };
  }
  // An official (the Wali Kota) has no NIP, pangkat or unit: the office is the jabatan.
  if (official) return { name: official, nip: '-', pangkat: '-', jabatan: official, unit: orDash(instansi) };
  return { name: '-', nip: '-', pangkat: '-', jabatan: '-', unit: '-' };
}

function intervenedText(rhk: RhkView, isJpt: boolean): string {
  const lines: string[] = [];
  if (rhk.orgGoal) lines.push(`${/^IKU/i.test(rhk.orgGoal.code) ? '' : 'IKU '}${rhk.orgGoal.code}: ${rhk.orgGoal.indicator}`);
  if (rhk.parent) {
    lines.push(rhk.parent.text);
    lines.push(isJpt ? `(penugasan dari ${rhk.parent.ownerName})` : `(${rhk.parent.ownerName})`);
  }
  return lines.length > 0 ? lines.join('\n') : '-';
}

function rhkItems(rhk: RhkView[], isJpt: boolean): RhkItem[] {
  if (rhk.length === 0) return [{ no: '-', intervened: '-', text: 'Tidak ada', iki: [{ aspek: '-', indicator: '-', target: '-', narrative: false, perspektif: '-' }] }];
  return rhk.map((r, index) => ({
    no: String(index + 1),
    intervened: intervenedText(r, isJpt),
    text: orDash(r.text),
    iki:
      r.iki.length > 0
        ? r.iki.map((i) => ({ aspek: aspekLabel(i.aspek), indicator: orDash(i.indicator), target: targetText(i), narrative: i.targetValue === null, perspektif: perspektifLabel(i.perspektif) }))
        : [{ aspek: '-', indicator: '-', target: '-', narrative: false, perspektif: '-' }],
  }));
}

function perilakuItems(skp: SkpView): PerilakuItem[] {
  // The SKP always carries the seven values; the regulation's list stands in should it not.
  const source = skp.perilaku.length > 0 ? skp.perilaku : coreValues.map((v) => ({ code: v.code, name: v.name, guides: [...v.guides], ekspektasi: '' }));
  return source.map((p, index) => ({ no: String(index + 1), name: p.name, guides: p.guides, ekspektasi: orDash(p.ekspektasi) }));
}

/** The document model of `skp`, signed (as printed) on `printedAt`. */
export function skpDocument(skp: SkpView, printedAt: Date): SkpDocument {
  const pegawai = printedPerson(skp.pegawai, null, skp.instansiName);
  const penilai = printedPerson(skp.penilai, skp.penilaiOfficial, skp.instansiName);
  const status = statusNote(skp.status);
  const revision = revisionNote(skp.revision);
  const title = ['SASARAN KINERJA PEGAWAI', `PENDEKATAN HASIL KERJA ${skp.pendekatan}`];
  if (skp.isJpt) title.push('BAGI PEJABAT PIMPINAN TINGGI');
  return {
    title,
    instansi: skp.instansiName.toUpperCase(),
    period: `PERIODE PENILAIAN: ${periodInWords(skp)}`,
    notes: [revision, status].filter((n): n is string => n !== null),
    statusNote: status,
    identity: {
      pegawaiTitle: 'PEGAWAI YANG DINILAI',
      penilaiTitle: 'PEJABAT PENILAI KINERJA',
      rows: [
        { label: 'NAMA', pegawai: pegawai.name, penilai: penilai.name },
        { label: 'NIP', pegawai: pegawai.nip, penilai: penilai.nip },
        { label: 'PANGKAT/GOL', pegawai: pegawai.pangkat, penilai: penilai.pangkat },
        { label: 'JABATAN', pegawai: pegawai.jabatan, penilai: penilai.jabatan },
        { label: 'UNIT KERJA', pegawai: pegawai.unit, penilai: penilai.unit },
      ],
    },
    hasilKerja: {
      columns: skp.isJpt ? JPT_COLUMNS : HASIL_KERJA_COLUMNS,
      isJpt: skp.isJpt,
      groups: [
        { title: 'A. UTAMA', items: rhkItems(skp.rhk.filter((r) => r.jenis === 'UTAMA'), skp.isJpt) },
        { title: 'B. TAMBAHAN', items: rhkItems(skp.rhk.filter((r) => r.jenis === 'TAMBAHAN'), skp.isJpt) },
      ],
    },
    perilaku: { columns: ['NO', 'PERILAKU KERJA', 'EKSPEKTASI KHUSUS PIMPINAN'], items: perilakuItems(skp) },
    lampiran: {
      title: 'LAMPIRAN SASARAN KINERJA PEGAWAI',
      sections: [
        { heading: 'DUKUNGAN SUMBER DAYA', text: orDash(skp.lampiran.sumberDaya) },
        { heading: 'SKEMA PERTANGGUNGJAWABAN', text: orDash(skp.lampiran.skema) },
        { heading: 'KONSEKUENSI', text: orDash(skp.lampiran.konsekuensi) },
      ],
    },
    signatures: {
      placeDate: `${placeOfSigning(skp.instansiName)}, ${dateInWords(printedAt)}`,
      left: { label: 'Pegawai yang Dinilai', name: pegawai.name, nip: `NIP. ${pegawai.nip}` },
      right: { label: 'Pejabat Penilai Kinerja', name: penilai.name, nip: skp.penilai ? `NIP. ${penilai.nip}` : null },
    },
  };
}
