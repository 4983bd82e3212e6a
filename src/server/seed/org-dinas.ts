import { demoLogins } from './demo-accounts';
import { bidang, fung, opd, pel, sekretariat, seksi, upt, type UnitSpec } from './org-spec';

/**
 * The dinas other than education and health, and Satpol PP. Two deliberate gaps for the screens:
 * nobody holds Kepala Subbagian Keuangan dan Aset at Dinas Sosial (its staff's chain climbs to the
 * Sekretaris), and the Kepala Dinas Pangan post is vacant with the Asisten Perekonomian dan
 * Pembangunan as Plt.
 */
export const dinas: UnitSpec[] = [
  opd('DINAS', 'DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', [
    bidang('Bina Marga', [fung('Teknik Jalan dan Jembatan', 'AHLI_MUDA'), fung('Teknik Jalan dan Jembatan', 'AHLI_PERTAMA', 2, { pppk: 1 })]),
    bidang('Sumber Daya Air', [fung('Teknik Pengairan', 'AHLI_PERTAMA'), pel('Pengawas Lapangan')]),
    bidang('Cipta Karya', [fung('Penata Bangunan Gedung dan Permukiman', 'AHLI_PERTAMA')]),
    bidang('Penataan Ruang', [fung('Penata Ruang', 'AHLI_MUDA')]),
    upt('Peralatan dan Perbengkelan', [pel('Operator Alat Berat', 2, { pppk: 1 })]),
  ]),
  opd('DINAS', 'DISPERKIM', 'Dinas Perumahan dan Kawasan Permukiman', [
    bidang('Perumahan', [fung('Penata Bangunan Gedung dan Permukiman', 'AHLI_PERTAMA')]),
    bidang('Kawasan Permukiman dan Pertanahan', [pel('Pengadministrasi Pertanahan')]),
  ], { small: true }),
  opd('SATPOL_PP', 'SATPOLPP', 'Satuan Polisi Pamong Praja', [
    bidang('Penegakan Peraturan Daerah', [fung('Polisi Pamong Praja', 'AHLI_PERTAMA'), fung('Polisi Pamong Praja', 'TERAMPIL')]),
    bidang('Ketertiban Umum dan Ketenteraman Masyarakat', [fung('Polisi Pamong Praja', 'MAHIR'), fung('Polisi Pamong Praja', 'TERAMPIL', 2, { pppk: 1 })]),
    bidang('Perlindungan Masyarakat', [pel('Pengelola Perlindungan Masyarakat')]),
    bidang('Pemadam Kebakaran dan Penyelamatan', [fung('Analis Kebakaran', 'AHLI_PERTAMA'), fung('Pemadam Kebakaran', 'TERAMPIL', 3, { pppk: 2 })]),
  ]),
  opd('DINAS', 'DINSOS', 'Dinas Sosial', [
    bidang('Pemberdayaan dan Rehabilitasi Sosial', [fung('Pekerja Sosial', 'AHLI_PERTAMA', 2, { pppk: 1 })]),
    bidang('Perlindungan dan Jaminan Sosial', [pel('Pengelola Data Kesejahteraan Sosial', 2, { pppk: 1 })]),
  ], { sekretariat: sekretariat('Dinas Sosial', { keuanganHead: { vacant: true } }) }),
  opd('DINAS', 'DP3AP2KB', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', [
    bidang('Pemberdayaan Perempuan dan Perlindungan Anak', [fung('Analis Kebijakan', 'AHLI_PERTAMA'), pel('Konselor Perlindungan Anak')]),
    bidang('Pengendalian Penduduk dan Keluarga Berencana', [pel('Pengelola Data Keluarga Berencana', 2, { pppk: 1 })]),
  ], { small: true }),
  opd('DINAS', 'DISPANGAN', 'Dinas Pangan', [
    bidang('Ketersediaan dan Kerawanan Pangan', [fung('Analis Ketahanan Pangan', 'AHLI_PERTAMA'), pel('Pengolah Data Ketersediaan Pangan')]),
    bidang('Konsumsi dan Keamanan Pangan', [fung('Pengawas Mutu Hasil Pertanian', 'AHLI_PERTAMA', 1, { pppk: 1 })]),
  ], { small: true, head: { vacant: true, actingBy: 'SETDA-AS2' } }),
  opd('DINAS', 'DISTAN', 'Dinas Pertanian', [
    bidang('Tanaman Pangan dan Hortikultura', [fung('Penyuluh Pertanian', 'AHLI_MUDA'), fung('Penyuluh Pertanian', 'AHLI_PERTAMA', 2, { pppk: 1 })]),
    bidang('Peternakan dan Kesehatan Hewan', [fung('Medik Veteriner', 'AHLI_PERTAMA'), fung('Paramedik Veteriner', 'TERAMPIL', 1, { pppk: 1 })]),
  ], { small: true }),
  opd('DINAS', 'DLH', 'Dinas Lingkungan Hidup', [
    bidang('Tata Lingkungan dan Pengendalian Pencemaran', [fung('Pengendali Dampak Lingkungan', 'AHLI_MUDA'), fung('Pengendali Dampak Lingkungan', 'AHLI_PERTAMA')]),
    bidang('Pengelolaan Sampah dan Limbah B3', [pel('Pengawas Pengelolaan Sampah')]),
    bidang('Pertamanan dan Ruang Terbuka Hijau', [pel('Pengelola Taman', 2, { pppk: 1 })]),
    upt('Pengelolaan Persampahan', [pel('Pengemudi Angkutan Sampah', 2, { pppk: 1 })]),
  ]),
  opd('DINAS', 'DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', [
    bidang('Pelayanan Pendaftaran Penduduk', [pel('Pengadministrasi Kependudukan', 3, { pppk: 1 }), fung('Administrator Database Kependudukan', 'AHLI_PERTAMA')]),
    bidang('Pelayanan Pencatatan Sipil', [pel('Pengadministrasi Pencatatan Sipil', 2)]),
    bidang('Pengelolaan Informasi Administrasi Kependudukan', [fung('Pranata Komputer', 'AHLI_PERTAMA', 1, { pppk: 1 })]),
  ]),
  opd('DINAS', 'DISHUB', 'Dinas Perhubungan', [
    bidang('Lalu Lintas', [pel('Penata Layanan Operasional', 2, { holders: [demoLogins.stafDishub] }), pel('Pengatur Lalu Lintas', 2)], {
      code: 'DISHUB-LLAJ',
      children: [seksi('Manajemen dan Rekayasa Lalu Lintas', [pel('Pengolah Data Lalu Lintas', 2)])],
    }),
    bidang('Angkutan', [pel('Pengelola Angkutan Umum', 2)]),
    bidang('Sarana dan Prasarana Perhubungan', [pel('Pengelola Perlengkapan Jalan')], { children: [seksi('Perparkiran', [pel('Pengawas Perparkiran', 2, { pppk: 1 })])] }),
    upt('Pengujian Kendaraan Bermotor', [fung('Penguji Kendaraan Bermotor', 'AHLI_PERTAMA'), fung('Penguji Kendaraan Bermotor', 'TERAMPIL', 2, { pppk: 1 })]),
  ], { head: { holder: demoLogins.kadishub } }),
  opd('DINAS', 'DISKOMINFO', 'Dinas Komunikasi dan Informatika', [
    bidang('Informasi dan Komunikasi Publik', [fung('Pranata Humas', 'AHLI_MUDA'), pel('Pengelola Layanan Informasi Publik')]),
    bidang('Aplikasi Informatika', [fung('Pranata Komputer', 'AHLI_MUDA'), fung('Pranata Komputer', 'AHLI_PERTAMA', 3, { pppk: 1 })], { code: 'DISKOMINFO-APTIKA' }),
    bidang('Statistik dan Persandian', [fung('Statistisi', 'AHLI_PERTAMA'), fung('Sandiman', 'AHLI_PERTAMA'), pel('Pengelola Data')], { code: 'DISKOMINFO-STATSANDI' }),
  ]),
  opd('DINAS', 'DISPERDAGKOPUKM', 'Dinas Perdagangan, Koperasi dan UKM', [
    bidang('Perdagangan', [fung('Pengawas Perdagangan', 'AHLI_PERTAMA'), fung('Penera', 'TERAMPIL')]),
    bidang('Koperasi dan Usaha Mikro', [fung('Pengawas Koperasi', 'AHLI_PERTAMA'), pel('Pendamping Usaha Mikro', 1, { pppk: 1 })]),
    upt('Pasar Raya Solok', [pel('Pengelola Pasar', 2), pel('Penagih Retribusi Pasar', 2, { pppk: 1 })]),
  ]),
  opd('DINAS', 'DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', [
    bidang('Penanaman Modal', [fung('Analis Kebijakan', 'AHLI_PERTAMA')]),
    bidang('Pelayanan Perizinan dan Non Perizinan', [fung('Penata Perizinan', 'AHLI_MUDA'), pel('Pengadministrasi Perizinan', 2, { pppk: 1 })]),
  ], { small: true }),
  opd('DINAS', 'DISPARPORA', 'Dinas Pariwisata, Pemuda dan Olahraga', [
    bidang('Pariwisata dan Ekonomi Kreatif', [fung('Adyatama Kepariwisataan dan Ekonomi Kreatif', 'AHLI_PERTAMA')]),
    bidang('Pemuda dan Olahraga', [pel('Pengelola Kepemudaan dan Olahraga')]),
  ], { small: true }),
  opd('DINAS', 'DISPUSIP', 'Dinas Perpustakaan dan Kearsipan', [
    bidang('Perpustakaan', [fung('Pustakawan', 'AHLI_MUDA'), fung('Pustakawan', 'TERAMPIL', 1, { pppk: 1 })]),
    bidang('Kearsipan', [fung('Arsiparis', 'AHLI_PERTAMA'), fung('Arsiparis', 'TERAMPIL')]),
  ], { small: true }),
  opd('DINAS', 'DISNAKERIN', 'Dinas Tenaga Kerja dan Perindustrian', [
    bidang('Tenaga Kerja', [fung('Mediator Hubungan Industrial', 'AHLI_PERTAMA'), pel('Pengantar Kerja')]),
    bidang('Perindustrian', [fung('Pembina Industri', 'AHLI_PERTAMA')]),
  ], { small: true }),
];
