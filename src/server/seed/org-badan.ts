import { demoLogins } from './demo-accounts';
import { bidang, fung, opd, pel, type UnitSpec } from './org-spec';

/** The badan: personnel (BKPSDM), planning, finance, national unity and disaster management. */
export const badan: UnitSpec[] = [
  opd('BADAN', 'BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', [
    bidang('Pengadaan, Pemberhentian dan Informasi Kepegawaian', [
      fung('Pranata Komputer', 'AHLI_PERTAMA', 2, { holders: [demoLogins.adminBkpsdm], pppk: 1 }),
      fung('Analis Sumber Daya Manusia Aparatur', 'AHLI_MUDA'),
      pel('Pengelola Data Kepegawaian'),
    ]),
    bidang('Mutasi dan Promosi', [fung('Analis Sumber Daya Manusia Aparatur', 'AHLI_MUDA'), pel('Pengadministrasi Kepegawaian')]),
    bidang('Pengembangan Kompetensi Aparatur', [fung('Analis Sumber Daya Manusia Aparatur', 'AHLI_PERTAMA', 2, { pppk: 1 })]),
    bidang('Penilaian Kinerja Aparatur dan Penghargaan', [fung('Analis Sumber Daya Manusia Aparatur', 'AHLI_MUDA'), fung('Analis Sumber Daya Manusia Aparatur', 'AHLI_PERTAMA'), pel('Pengolah Data Kinerja')]),
  ]),
  opd('BADAN', 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', [
    bidang('Perencanaan, Pengendalian dan Evaluasi Pembangunan', [fung('Perencana', 'AHLI_MUDA'), fung('Perencana', 'AHLI_PERTAMA', 1, { pppk: 1 })]),
    bidang('Pemerintahan dan Pembangunan Manusia', [fung('Perencana', 'AHLI_MUDA'), pel('Pengolah Data Perencanaan')]),
    bidang('Perekonomian, Infrastruktur dan Kewilayahan', [fung('Perencana', 'AHLI_MADYA'), fung('Perencana', 'AHLI_PERTAMA')]),
    bidang('Penelitian dan Pengembangan', [fung('Peneliti', 'AHLI_PERTAMA')]),
  ]),
  opd('BADAN', 'BPKD', 'Badan Pengelolaan Keuangan Daerah', [
    bidang('Anggaran', [fung('Analis Anggaran', 'AHLI_MUDA'), pel('Pengolah Data Anggaran')]),
    bidang('Perbendaharaan', [pel('Bendahara Umum Daerah'), pel('Verifikator Keuangan', 2, { pppk: 1 })]),
    bidang('Akuntansi dan Pelaporan', [fung('Analis Keuangan Pusat dan Daerah', 'AHLI_PERTAMA', 2, { pppk: 1 })]),
    bidang('Aset Daerah', [pel('Pengelola Barang Milik Daerah', 2)]),
    bidang('Pendapatan Daerah', [fung('Pemeriksa Pajak Daerah', 'AHLI_PERTAMA'), pel('Pengelola Pajak dan Retribusi Daerah', 2, { pppk: 1 })]),
  ]),
  opd('BADAN', 'KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', [
    bidang('Ideologi, Wawasan Kebangsaan dan Ketahanan', [fung('Analis Kebijakan', 'AHLI_PERTAMA')]),
    bidang('Politik Dalam Negeri dan Organisasi Kemasyarakatan', [pel('Pengolah Data Organisasi Kemasyarakatan', 2, { pppk: 1 })]),
  ], { small: true }),
  opd('BADAN', 'BPBD', 'Badan Penanggulangan Bencana Daerah', [
    bidang('Pencegahan dan Kesiapsiagaan', [fung('Analis Kebencanaan', 'AHLI_PERTAMA')]),
    bidang('Kedaruratan dan Logistik', [pel('Petugas Penanggulangan Bencana', 3, { pppk: 1 })]),
    bidang('Rehabilitasi dan Rekonstruksi', [pel('Pengadministrasi Umum')]),
  ], { small: true, head: { name: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah' } }),
];
