import { z } from 'zod';

/**
 * Import of unit kerja and pegawai from CSV or XLSX: the columns (with the SIASN-like aliases a
 * header may use instead), the reply and the NDJSON progress protocol the upload page reads.
 */
export const importKinds = ['units', 'pegawai'] as const;
export type ImportKind = (typeof importKinds)[number];
export const importFormats = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** One uploaded file; larger is 413 PAYLOAD_TOO_LARGE. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Data rows per file (a Kota has a few thousand ASN; the bench goes to 100,000). */
export const IMPORT_MAX_ROWS = 200_000;

export const jenjangJabatan = ['AHLI_UTAMA', 'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA', 'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA'] as const;

export interface ImportColumn {
  /** The header the templates use (snake_case, as in SIASN exports). */
  name: string;
  required: boolean;
  /** Bahasa Indonesia, for the template's instructions and the upload page. */
  description: string;
  /** Other headers accepted for this column, compared after normalising (case, spaces, punctuation). */
  aliases: readonly string[];
}

const col = (name: string, required: boolean, description: string, aliases: string[] = []): ImportColumn => ({ name, required, description, aliases });

export const unitColumns: readonly ImportColumn[] = [
  col('kode_unit', true, 'Kode unit kerja, unik dalam instansi (mis. DISHUB atau ID UNOR SIASN). Unit dengan kode yang sudah ada diperbarui.', ['kode_unor', 'id_unor', 'unor_id', 'id', 'kode_unit_kerja', 'kode']),
  col('nama_unit', true, 'Nama unit kerja.', ['nama_unor', 'unor_nama', 'nama_unit_kerja', 'unit_kerja', 'unor']),
  col('jenis_unit', true, 'Salah satu: SEKRETARIAT_DAERAH, SEKRETARIAT_DPRD, INSPEKTORAT, DINAS, BADAN, SATPOL_PP, RSUD, KECAMATAN (OPD); SEKRETARIAT, BIDANG, BAGIAN, SUBBAGIAN, SEKSI, SUBBIDANG, UPT, PUSKESMAS, SEKOLAH, KELURAHAN.', ['jenis_unor', 'jenis_unit_kerja', 'jenis']),
  col('kode_unit_induk', false, 'Kode unit di atasnya (boleh unit di berkas yang sama). Kosong = OPD (puncak struktur). Jika kolom ini tidak ada, induk unit yang sudah ada tidak diubah.', ['diatasan_id', 'kode_unor_atasan', 'kode_unor_induk', 'unor_atasan_id', 'kode_unit_atasan', 'kode_induk']),
  col('nama_jabatan_kepala', false, 'Nama jabatan kepala unit (mis. Kepala Dinas Perhubungan); dibuat atau diperbarui bersama unitnya.', ['nama_jabatan', 'jabatan_kepala', 'nama_jabatan_pimpinan']),
  col('jenis_jabatan_kepala', false, 'Wajib bila nama_jabatan_kepala diisi: JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL (eselon II/III/IV juga diterima).', ['eselon', 'eselon_id', 'jenis_jabatan']),
];

export const pegawaiColumns: readonly ImportColumn[] = [
  col('nip', true, 'NIP PNS atau NI PPPK, 18 digit (spasi boleh). Format kolom sebagai Teks di Excel agar tidak berubah menjadi 1.99E+17.', ['nip_baru', 'ni_pppk', 'nip_ni_pppk', 'nomor_induk_pegawai']),
  col('jenis_asn', true, 'PNS atau PPPK (CPNS dianggap PNS).', ['jenis_pegawai', 'jenis_pegawai_nama', 'status_asn', 'status_pegawai']),
  col('nama', true, 'Nama tanpa gelar.', ['nama_lengkap', 'nama_pegawai']),
  col('gelar_depan', false, 'Mis. Dr., Ir., dr.', []),
  col('gelar_belakang', false, 'Mis. S.Kom., M.Si.', []),
  col('jenis_kelamin', false, 'L atau P (juga Laki-laki/Perempuan, M/F); harus sesuai digit ke-15 NIP. Kosong = diambil dari NIP.', ['jk', 'kelamin', 'sex']),
  col('tanggal_lahir', false, 'YYYY-MM-DD atau dd-mm-yyyy; harus sesuai 8 digit pertama NIP. Kosong = diambil dari NIP.', ['tgl_lahir']),
  col('pangkat_golongan', false, 'Golongan ruang PNS (I/a … IV/e) atau golongan PPPK (I … XVII).', ['gol_akhir_nama', 'golongan', 'gol_ruang', 'golongan_ruang', 'pangkat', 'gol']),
  col('kode_unit', true, 'Kode unit kerja tempat jabatan berada (harus sudah ada; impor unit dulu).', ['unor_id', 'kode_unor', 'id_unor', 'kode_unit_kerja']),
  col('nama_jabatan', true, 'Nama jabatan di unit itu; dibuat bila belum ada.', ['jabatan_nama', 'jabatan']),
  col('jenis_jabatan', true, 'JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL.', ['jenis_jabatan_nama']),
  col('jenjang', false, 'Untuk jabatan fungsional: AHLI_UTAMA, AHLI_MADYA, AHLI_MUDA, AHLI_PERTAMA, PENYELIA, MAHIR, TERAMPIL, PEMULA.', ['jenjang_jabatan', 'kode_jenjang_jabatan']),
  col('kepala_unit', false, 'ya bila jabatan ini kepala unit; kosong = ditentukan dari jabatan kepala unit yang tercatat.', ['kepala', 'is_kepala', 'kepala_unit_kerja']),
  col('tmt_jabatan', false, 'Tanggal mulai jabatan; wajib untuk pegawai baru atau bila jabatannya berubah (jabatan lama ditutup sehari sebelumnya).', ['tmt', 'tanggal_mulai_jabatan']),
  col('nip_atasan', false, 'NIP atasan langsung bila berbeda dari kepala unit (menjadi penetapan atasan). Kosong = tidak diubah.', ['nip_atasan_langsung', 'atasan_nip']),
  col('email', false, 'Alamat email.', ['alamat_email', 'e_mail']),
  col('telepon', false, 'Nomor telepon/HP.', ['nomor_hp', 'no_hp', 'hp', 'telp', 'no_telepon', 'nomor_telepon']),
];

export const importColumns: Record<ImportKind, readonly ImportColumn[]> = { units: unitColumns, pegawai: pegawaiColumns };

export const templateFiles = ['units.csv', 'units.xlsx', 'pegawai.csv', 'pegawai.xlsx'] as const;
export const templateParams = z.object({ file: z.enum(templateFiles) });

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
});

/** One problem in the file: the spreadsheet row (header = the row it is on), the header as written, the reason. */
export const importRowError = z.object({ row: z.number(), column: z.string(), reason: z.string() });
export type ImportRowError = z.infer<typeof importRowError>;

export const importResult = z.object({
  kind: z.enum(importKinds),
  file: z.string(),
  format: z.enum(importFormats),
  /** True when nothing was written ("Periksa dulu"): the counts are what the import would do. */
  dryRun: z.boolean(),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  /** Pegawai: of the file's pegawai; units: of the pegawai in scope — chains still missing a link. */
  incompleteChains: z.number(),
  jabatanCreated: z.number(),
  jabatanUpdated: z.number(),
  placementsOpened: z.number(),
  placementsClosed: z.number(),
  overridesSet: z.number(),
  overridesEnded: z.number(),
  accountsCreated: z.number(),
});
export type ImportResult = z.infer<typeof importResult>;

export const importPhases = ['parse', 'validate', 'write'] as const;
export type ImportPhase = (typeof importPhases)[number];

/**
 * With `Accept: application/x-ndjson` the reply is 200 and one JSON object per line: progress
 * lines, then exactly one `result` (the ImportResult) or `error` line (the usual error body with
 * its HTTP status). `total` is absent while the file is still being read.
 */
export const importProgressLine = z.object({
  type: z.literal('progress'),
  phase: z.enum(importPhases),
  done: z.number(),
  total: z.number().optional(),
});
export type ImportProgress = Omit<z.infer<typeof importProgressLine>, 'type'>;
export const importResultLine = importResult.extend({ type: z.literal('result') });
export const importErrorLine = z.object({
  type: z.literal('error'),
  status: z.number(),
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ row: z.number().optional(), column: z.string().optional(), reason: z.string().optional(), path: z.string().optional(), message: z.string().optional() })),
    requestId: z.string(),
  }),
});
export const importStreamLine = z.discriminatedUnion('type', [importProgressLine, importResultLine, importErrorLine]);
export type ImportStreamLine = z.infer<typeof importStreamLine>;
