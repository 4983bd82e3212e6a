// SKP fixtures for the document tests: a perawat at Puskesmas Tanah Garam (two RHK utama that
// intervene the Kepala Puskesmas's RHK, one tambahan), and a JPT variant (Kepala Dinas Kesehatan).
import { coreValues } from '../../../../domain/berakhlak';
import type { RhkView, SkpView } from '../../../../shared/schemas/planning';

type Iki = RhkView['iki'][number];
let nextId = 1;
const id = () => String(nextId++);

export function iki(aspek: Iki['aspek'], indicator: string, target: number | string, satuan: string | null = null, perspektif: string | null = null): Iki {
  const narrative = typeof target === 'string';
  return { id: id(), aspek, indicator, targetValue: narrative ? null : target, targetText: narrative ? target : null, satuan, direction: 'HIGHER', baseline: null, perspektif };
}

export function rhk(jenis: RhkView['jenis'], text: string, iki: Iki[], links: Partial<Pick<RhkView, 'parent' | 'orgGoal'>> = {}): RhkView {
  return { id: id(), jenis, text, parent: links.parent ?? null, orgGoal: links.orgGoal ?? null, iki };
}

export const KEPALA_PUSKESMAS_RHK = 'Meningkatnya mutu pelayanan kesehatan dasar di wilayah kerja Puskesmas Tanah Garam';
export const KEPALA_PUSKESMAS_RHK_2 = 'Meningkatnya cakupan pelayanan kesehatan masyarakat bagi keluarga rawan kesehatan';
const parent = (text: string) => ({ id: id(), text, ownerName: 'dr. Andi Saputra' });

export const EKSPEKTASI_PELAYANAN = 'Melayani pasien dengan ramah dan menuntaskan keluhan sesuai SOP Puskesmas';

export function perawatSkp(overrides: Partial<SkpView> = {}): SkpView {
  return {
    id: '42',
    year: 2026,
    status: 'DISETUJUI',
    revision: 1,
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    returnNote: null,
    submittedAt: '2026-01-10T02:00:00.000Z',
    decidedAt: '2026-01-12T03:00:00.000Z',
    isJpt: false,
    pendekatan: 'KUANTITATIF',
    instansiName: 'Pemerintah Kota Solok',
    pegawai: { pegawaiId: '7', name: 'Ns. Rina Marlina, S.Kep.', nip: '199505052020122010', pangkatGolongan: 'Penata Muda (III/a)', jabatan: 'Perawat Ahli Pertama', unit: 'Puskesmas Tanah Garam' },
    penilai: { pegawaiId: '5', name: 'dr. Andi Saputra', nip: '198609262015051001', pangkatGolongan: 'Penata Tingkat I (III/d)', jabatan: 'Kepala Puskesmas Tanah Garam', unit: 'Puskesmas Tanah Garam' },
    atasanPenilai: { pegawaiId: '3', name: 'dr. Hj. Ratna Dewi, M.Kes.', nip: '197203151998032004', pangkatGolongan: 'Pembina Utama Muda (IV/c)', jabatan: 'Kepala Dinas Kesehatan', unit: 'Dinas Kesehatan' },
    penilaiOfficial: null,
    rhk: [
      rhk(
        'UTAMA',
        'Terlaksananya asuhan keperawatan individu pada pasien rawat jalan Puskesmas Tanah Garam',
        [
          iki('KUANTITAS', 'Jumlah pasien yang mendapatkan asuhan keperawatan', 1200, 'Pasien'),
          iki('KUALITAS', 'Persentase asuhan keperawatan yang terdokumentasi sesuai standar', 100, '%'),
          iki('WAKTU', 'Ketepatan waktu penyampaian laporan asuhan keperawatan bulanan', 12, 'Bulan'),
        ],
        { parent: parent(KEPALA_PUSKESMAS_RHK) },
      ),
      rhk(
        'UTAMA',
        'Terlaksananya kunjungan rumah (perkesmas) bagi keluarga rawan kesehatan',
        [
          iki('KUANTITAS', 'Jumlah dokumen laporan kunjungan rumah', 2, 'Dokumen'),
          iki('KUALITAS', 'Kelengkapan register keluarga binaan', 'Seluruh keluarga binaan tercatat dalam register perkesmas'),
        ],
        { parent: parent(KEPALA_PUSKESMAS_RHK_2) },
      ),
      rhk('TAMBAHAN', 'Terlaksananya tugas sebagai anggota Tim Akreditasi Puskesmas', [iki('KUANTITAS', 'Jumlah dokumen akreditasi yang disusun', 3, 'Dokumen')]),
    ],
    perilaku: coreValues.map((v, i) => ({ code: v.code, name: v.name, guides: [...v.guides], ekspektasi: i === 0 ? EKSPEKTASI_PELAYANAN : '' })),
    lampiran: {
      sumberDaya: 'Ruang tindakan dan alat kesehatan sesuai standar\nPelatihan asuhan keperawatan dasar',
      skema: 'Laporan bulanan kepada Kepala Puskesmas Tanah Garam',
      konsekuensi: 'Capaian di bawah target menjadi bahan pembinaan kinerja oleh Kepala Puskesmas',
    },
    revisions: [{ revision: 1, approvedAt: '2026-01-12T03:00:00.000Z' }],
    intervenable: [],
    can: { edit: false, editPerilaku: false, submit: false, approve: false, return: false, revise: true, cascade: false },
    ...overrides,
  };
}

export const IKU_INDICATOR = 'Persentase peningkatan pelayanan kesehatan dasar sesuai standar';

/** The Kepala Dinas Kesehatan: a JPT whose penilai is the Wali Kota (no NIP). */
export function jptSkp(overrides: Partial<SkpView> = {}): SkpView {
  return perawatSkp({
    isJpt: true,
    pegawai: { pegawaiId: '3', name: 'dr. Hj. Ratna Dewi, M.Kes.', nip: '197203151998032004', pangkatGolongan: 'Pembina Utama Muda (IV/c)', jabatan: 'Kepala Dinas Kesehatan', unit: 'Dinas Kesehatan' },
    penilai: null,
    atasanPenilai: null,
    penilaiOfficial: 'Wali Kota Solok',
    rhk: [
      rhk(
        'UTAMA',
        'Meningkatnya kualitas pelayanan kesehatan dasar di Kota Solok',
        [iki('KUALITAS', IKU_INDICATOR, 61.95, '%', 'PENERIMA_LAYANAN'), iki('KUANTITAS', 'Jumlah puskesmas terakreditasi paripurna', 4, 'Puskesmas', 'PROSES_BISNIS')],
        { orgGoal: { id: '9', code: 'IKU-1', indicator: 'Indeks pelayanan kesehatan dasar' } },
      ),
    ],
    ...overrides,
  });
}

/** `count` RHK utama with three IKI each, long enough to span several pages. */
export function longSkp(count: number): SkpView {
  const rhks = Array.from({ length: count }, (_, n) =>
    rhk(
      'UTAMA',
      `Terlaksananya kegiatan pelayanan keperawatan nomor ${n + 1} di wilayah kerja Puskesmas Tanah Garam sesuai standar pelayanan minimal`,
      [
        iki('KUANTITAS', `Jumlah laporan kegiatan ${n + 1}`, n + 1, 'Dokumen'),
        iki('KUALITAS', `Persentase kegiatan ${n + 1} yang sesuai standar`, 100, '%'),
        iki('WAKTU', `Ketepatan waktu kegiatan ${n + 1}`, 12, 'Bulan'),
      ],
      { parent: parent(KEPALA_PUSKESMAS_RHK) },
    ),
  );
  return perawatSkp({ rhk: rhks });
}
