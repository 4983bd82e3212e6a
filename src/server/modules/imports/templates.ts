import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { importColumns, type ImportFormat, type ImportKind } from '../../../shared/schemas/imports';

// Example rows: the units file makes CONTOH-* units, the pegawai file places people in them, so
// importing both templates as they are succeeds (and shows every column in use).
const examples: Record<ImportKind, (string | Date)[][]> = {
  units: [
    ['CONTOH-DINAS', 'Dinas Contoh', 'DINAS', '', 'Kepala Dinas Contoh', 'JPT'],
    ['CONTOH-DINAS-BID1', 'Bidang Pelayanan Contoh', 'BIDANG', 'CONTOH-DINAS', 'Kepala Bidang Pelayanan Contoh', 'ADMINISTRATOR'],
    ['CONTOH-DINAS-BID1-SEKSI1', 'Seksi Data Contoh', 'SEKSI', 'CONTOH-DINAS-BID1', 'Kepala Seksi Data Contoh', 'PENGAWAS'],
  ],
  pegawai: [
    ['197805122003121017', 'PNS', 'Budi Santoso', 'Dr.', 'M.Si.', 'L', utc(1978, 5, 12), 'IV/b', 'CONTOH-DINAS', 'Kepala Dinas Contoh', 'JPT', '', 'ya', utc(2023, 1, 2), '', 'budi.santoso@contoh.go.id', '081234567801'],
    ['198503152010012023', 'PNS', 'Rina Marlina', '', 'S.E.', 'P', utc(1985, 3, 15), 'III/d', 'CONTOH-DINAS-BID1', 'Kepala Bidang Pelayanan Contoh', 'ADMINISTRATOR', '', 'ya', utc(2024, 7, 1), '', '', '081234567802'],
    ['199208202022211031', 'PPPK', 'Andi Pratama', '', 'S.Kom.', 'L', utc(1992, 8, 20), 'IX', 'CONTOH-DINAS-BID1-SEKSI1', 'Pranata Komputer Ahli Pertama', 'FUNGSIONAL', 'AHLI_PERTAMA', 'tidak', utc(2022, 3, 1), '198503152010012023', '', ''],
  ],
};

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const TEXT_COLUMNS = new Set(['nip', 'nip_atasan', 'kode_unit', 'kode_unit_induk', 'telepon']);
const DATE_COLUMNS = new Set(['tanggal_lahir', 'tmt_jabatan']);
const ddmmyyyy = (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;

const GENERAL_NOTES = [
  'Isi lembar "Data" mulai baris 2; baris 1 adalah judul kolom. Hapus baris contoh sebelum mengimpor data sungguhan.',
  'Impor bersifat semua-atau-tidak-sama-sekali: bila ada baris yang salah, tidak ada yang disimpan dan setiap kesalahan ditampilkan (baris, kolom, alasan).',
  'Data yang sudah ada diperbarui (unit menurut kode_unit, pegawai menurut NIP); yang tidak ada di berkas tidak diubah. Kolom opsional yang tidak ada di berkas tidak mengubah data.',
  'Kolom NIP dan kode diformat sebagai Teks: jangan ubah menjadi angka (Excel akan menulis 1.99E+17 dan membulatkan NIP).',
  'Tanggal: YYYY-MM-DD atau dd-mm-yyyy. CSV: UTF-8, pemisah koma atau titik koma.',
  'Nama kolom dari ekspor SIASN (mis. NIP BARU, NAMA UNOR, JABATAN NAMA) juga dikenali.',
];

export function templateFileName(kind: ImportKind, format: ImportFormat): string {
  return `templat-impor-${kind === 'units' ? 'unit-kerja' : 'pegawai'}.${format}`;
}

/** The downloadable template: CSV (UTF-8 with BOM, `;` as Excel in Indonesia expects) or XLSX. */
export async function buildTemplate(kind: ImportKind, format: ImportFormat): Promise<Buffer> {
  const columns = importColumns[kind];
  if (format === 'csv') {
    const rows = examples[kind].map((row) => row.map((v) => (v instanceof Date ? ddmmyyyy(v) : v)));
    return Buffer.from(`\uFEFF${stringify([columns.map((c) => c.name), ...rows], { delimiter: ';' })}`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja — Pemerintah Kota Solok';
  const data = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.max(14, c.name.length + 4, ...examples[kind].map((row) => String(row[columns.indexOf(c)] ?? '').length + 2)),
    style: TEXT_COLUMNS.has(c.name) ? { numFmt: '@' } : DATE_COLUMNS.has(c.name) ? { numFmt: 'dd-mm-yyyy' } : {},
  }));
  const header = data.getRow(1);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFDE68A' : 'FFE5E7EB' } };
    cell.note = `${c.required ? 'WAJIB. ' : ''}${c.description}`;
  });
  for (const row of examples[kind]) data.addRow(row);

  const help = workbook.addWorksheet('Petunjuk');
  help.columns = [{ width: 24 }, { width: 8 }, { width: 90 }, { width: 50 }];
  help.addRow([`Petunjuk impor ${kind === 'units' ? 'unit kerja' : 'pegawai'} — Kinerja, Pemerintah Kota Solok`]).font = { bold: true, size: 13 };
  for (const note of GENERAL_NOTES) help.addRow([`• ${note}`]);
  help.addRow([]);
  help.addRow(['Kolom', 'Wajib', 'Keterangan', 'Nama kolom lain yang diterima']).font = { bold: true };
  for (const c of columns) help.addRow([c.name, c.required ? 'ya' : '', c.description, c.aliases.join(', ')]).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
