import { demoLogins } from './demo-accounts';
import { bagian, bidang, fung, opd, pel, sekretariat, seksi, subbag, unit, upt, type PostSpec, type UnitSpec } from './org-spec';

/**
 * Dinas Kesehatan with its puskesmas, and RSUD Kota Solok. Puskesmas Tanah Garam is the big one:
 * its Kepala (a demo account) is atasan langsung of 25 nakes and staff, some of them PPPK.
 */
const puskesmasKecil: PostSpec[] = [
  fung('Dokter', 'AHLI_PERTAMA'),
  fung('Dokter Gigi', 'AHLI_PERTAMA', 1, { pppk: 1 }),
  fung('Perawat', 'AHLI_PERTAMA'),
  fung('Perawat', 'TERAMPIL', 2, { pppk: 1 }),
  fung('Bidan', 'TERAMPIL', 2, { pppk: 1 }),
  fung('Tenaga Teknis Kefarmasian', 'TERAMPIL', 1, { pppk: 1 }),
  pel('Pengadministrasi Perkantoran'),
];

const puskesmasTanahGaram = unit('PUSKESMAS', 'Puskesmas Tanah Garam', {
  code: 'PKM-TANAHGARAM',
  head: { holder: demoLogins.kapusTanahGaram },
  staff: [
    fung('Dokter', 'AHLI_MUDA'),
    fung('Dokter', 'AHLI_PERTAMA', 2, { pppk: 1 }),
    fung('Dokter Gigi', 'AHLI_PERTAMA'),
    fung('Perawat', 'AHLI_PERTAMA', 2, { pppk: 1 }),
    fung('Perawat', 'TERAMPIL', 5, { pppk: 2, holders: [demoLogins.perawat] }),
    fung('Bidan', 'AHLI_PERTAMA'),
    fung('Bidan', 'TERAMPIL', 3, { pppk: 1 }),
    fung('Apoteker', 'AHLI_PERTAMA'),
    fung('Tenaga Teknis Kefarmasian', 'TERAMPIL'),
    fung('Pranata Laboratorium Kesehatan', 'TERAMPIL'),
    fung('Nutrisionis', 'TERAMPIL'),
    fung('Tenaga Sanitasi Lingkungan', 'TERAMPIL'),
    fung('Penyuluh Kesehatan Masyarakat', 'AHLI_PERTAMA'),
    fung('Epidemiolog Kesehatan', 'AHLI_PERTAMA'),
    fung('Perekam Medis', 'TERAMPIL'),
    pel('Pengadministrasi Perkantoran'),
    pel('Bendahara'),
  ],
});

const puskesmas = (code: string, place: string, edu: 'dokter' | 'kesmas') =>
  unit('PUSKESMAS', `Puskesmas ${place}`, { code, head: { edu }, staff: puskesmasKecil });

export const dinasKesehatan: UnitSpec = opd('DINAS', 'DINKES', 'Dinas Kesehatan', [
  bidang('Kesehatan Masyarakat', [fung('Penyuluh Kesehatan Masyarakat', 'AHLI_MUDA'), fung('Nutrisionis', 'AHLI_PERTAMA')]),
  bidang('Pencegahan dan Pengendalian Penyakit', [fung('Epidemiolog Kesehatan', 'AHLI_MUDA'), fung('Tenaga Sanitasi Lingkungan', 'AHLI_PERTAMA')]),
  bidang('Pelayanan dan Sumber Daya Kesehatan', [fung('Apoteker', 'AHLI_MUDA'), fung('Administrator Kesehatan', 'AHLI_PERTAMA'), pel('Pengelola Sarana Kesehatan')]),
  upt('Laboratorium Kesehatan Daerah', [fung('Pranata Laboratorium Kesehatan', 'AHLI_PERTAMA'), fung('Pranata Laboratorium Kesehatan', 'TERAMPIL', 2, { pppk: 1 })], { head: { edu: 'kesmas' } }),
  puskesmasTanahGaram,
  puskesmas('PKM-KTK', 'KTK', 'dokter'),
  puskesmas('PKM-NANBALIMO', 'Nan Balimo', 'kesmas'),
  puskesmas('PKM-TANJUNGPAKU', 'Tanjung Paku', 'dokter'),
], {
  head: { holder: demoLogins.kadinkes },
  sekretariat: sekretariat('Dinas Kesehatan', {
    umpeg: [fung('Administrator Kesehatan', 'AHLI_MUDA', 1, { holders: [demoLogins.adminOpdDinkes] }), pel('Pengadministrasi Perkantoran')],
  }),
});

export const rsud: UnitSpec = unit('RSUD', 'RSUD Kota Solok', {
  code: 'RSUD',
  head: { name: 'Direktur RSUD Kota Solok', edu: 'dokter' },
  children: [
    bagian('Umum dan Keuangan', [], {
      children: [
        subbag('Umum dan Kepegawaian', [pel('Pengadministrasi Perkantoran'), pel('Pengelola Layanan Kepegawaian')]),
        subbag('Keuangan dan Program', [pel('Bendahara'), fung('Perencana', 'AHLI_PERTAMA')]),
      ],
    }),
    bidang('Pelayanan Medik dan Keperawatan', [], {
      children: [
        seksi('Pelayanan Medik', [fung('Dokter', 'AHLI_MADYA', 2, { edu: 'spesialis' }), fung('Dokter', 'AHLI_PERTAMA', 2, { pppk: 1 })]),
        seksi('Keperawatan', [fung('Perawat', 'AHLI_MUDA'), fung('Perawat', 'AHLI_PERTAMA', 1, { pppk: 1 }), fung('Perawat', 'TERAMPIL', 4, { pppk: 2 }), fung('Bidan', 'TERAMPIL', 2, { pppk: 1 })]),
      ],
    }),
    bidang('Penunjang Medik dan Non Medik', [
      fung('Apoteker', 'AHLI_PERTAMA'),
      fung('Pranata Laboratorium Kesehatan', 'TERAMPIL'),
      fung('Radiografer', 'TERAMPIL'),
      fung('Perekam Medis', 'TERAMPIL', 2, { pppk: 1 }),
      fung('Nutrisionis', 'TERAMPIL'),
    ]),
  ],
});
