import { demoLogins } from './demo-accounts';
import { bagian, fung, pel, sekretariat, subbag, unit, type UnitSpec } from './org-spec';

/**
 * Sekretariat Daerah (Sekda, three Asisten, their Bagian), Sekretariat DPRD and Inspektorat.
 * The schema has no unit kind for an Asisten, so each is a BIDANG-kind unit headed by a JPT post:
 * the Bagian below report to their Asisten, who reports to the Sekda.
 */
const asisten = (code: string, name: string, children: UnitSpec[]) =>
  unit('BIDANG', `Asisten ${name}`, { code, head: { name: `Asisten ${name}`, jenis: 'JPT' }, children });

export const sekretariatDaerah: UnitSpec = unit('SEKRETARIAT_DAERAH', 'Sekretariat Daerah', {
  code: 'SETDA',
  head: { name: 'Sekretaris Daerah', holder: demoLogins.sekda },
  children: [
    asisten('SETDA-AS1', 'Pemerintahan dan Kesejahteraan Rakyat', [
      bagian('Pemerintahan', [fung('Analis Kebijakan', 'AHLI_MUDA'), pel('Pengadministrasi Pemerintahan')]),
      bagian('Hukum', [fung('Perancang Peraturan Perundang-undangan', 'AHLI_MUDA'), fung('Analis Hukum', 'AHLI_PERTAMA', 1, { pppk: 1 })]),
      bagian('Kesejahteraan Rakyat', [fung('Analis Kebijakan', 'AHLI_PERTAMA'), pel('Pengadministrasi Umum')]),
    ]),
    asisten('SETDA-AS2', 'Perekonomian dan Pembangunan', [
      bagian('Perekonomian dan Sumber Daya Alam', [fung('Analis Kebijakan', 'AHLI_MUDA'), pel('Pengolah Data Perekonomian')]),
      bagian('Administrasi Pembangunan', [fung('Analis Kebijakan', 'AHLI_PERTAMA'), pel('Pengelola Data Pembangunan')]),
      bagian('Pengadaan Barang dan Jasa', [fung('Pengelola Pengadaan Barang/Jasa', 'AHLI_MUDA'), fung('Pengelola Pengadaan Barang/Jasa', 'AHLI_PERTAMA', 2, { pppk: 1 })]),
    ]),
    asisten('SETDA-AS3', 'Administrasi Umum', [
      bagian('Umum', [], {
        children: [
          subbag('Tata Usaha Pimpinan', [pel('Pengadministrasi Perkantoran'), pel('Pengemudi')]),
          subbag('Rumah Tangga', [pel('Pengelola Sarana dan Prasarana Kantor', 2, { pppk: 1 })]),
        ],
      }),
      bagian('Organisasi', [fung('Analis Kebijakan', 'AHLI_MUDA'), fung('Analis Kebijakan', 'AHLI_PERTAMA')]),
      bagian('Protokol dan Komunikasi Pimpinan', [fung('Pranata Humas', 'AHLI_PERTAMA'), pel('Pengelola Protokol')]),
      bagian('Perencanaan dan Keuangan', [fung('Perencana', 'AHLI_MUDA'), pel('Bendahara')]),
    ]),
  ],
});

export const sekretariatDprd: UnitSpec = unit('SEKRETARIAT_DPRD', 'Sekretariat DPRD', {
  code: 'SETWAN',
  head: { name: 'Sekretaris DPRD' },
  children: [
    bagian('Umum dan Keuangan', [], {
      children: [subbag('Tata Usaha dan Kepegawaian', [pel('Pengadministrasi Perkantoran')]), subbag('Keuangan', [pel('Bendahara'), pel('Pengelola Keuangan')])],
    }),
    bagian('Persidangan dan Perundang-undangan', [fung('Analis Hukum', 'AHLI_PERTAMA'), pel('Pengadministrasi Persidangan')]),
    bagian('Fasilitasi Penganggaran dan Pengawasan', [fung('Analis Anggaran', 'AHLI_PERTAMA'), pel('Pengolah Data Anggaran')]),
  ],
});

const irban = (n: string, staff: ReturnType<typeof fung>[]) =>
  unit('BIDANG', `Inspektorat Pembantu Wilayah ${n}`, { code: `INSPEKTORAT-IRBAN${n}`, head: { name: `Inspektur Pembantu Wilayah ${n}` }, staff });

export const inspektorat: UnitSpec = unit('INSPEKTORAT', 'Inspektorat', {
  code: 'INSPEKTORAT',
  head: { name: 'Inspektur' },
  children: [
    sekretariat('Inspektorat'),
    irban('I', [fung('Auditor', 'AHLI_MUDA', 1, { holders: [demoLogins.auditor] }), fung('Auditor', 'AHLI_PERTAMA', 2, { pppk: 1 })]),
    irban('II', [fung('Auditor', 'AHLI_MUDA'), fung('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', 'AHLI_PERTAMA')]),
    irban('III', [fung('Auditor', 'AHLI_MADYA'), fung('Auditor', 'AHLI_PERTAMA')]),
    irban('IV', [fung('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', 'AHLI_MUDA'), fung('Auditor', 'AHLI_PERTAMA')]),
  ],
});
