import { fung, pel, seksi, subbag, unit, type UnitSpec } from './org-spec';

/**
 * Both kecamatan with their 13 kelurahan (domain.md §9, source S75): Lubuk Sikarah has 7,
 * Tanjung Harapan 6. A Camat heads the kecamatan, a Sekretaris Kecamatan its sekretariat, Kepala
 * Seksi the seksi, and a Lurah each kelurahan.
 */
const kelurahanStaff = (n: number) => [pel('Pengadministrasi Pemerintahan'), pel('Pengelola Pemberdayaan Masyarakat', 1, { pppk: n % 2 })];

const codeOf = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '');

function kecamatan(name: string, kelurahan: string[]): UnitSpec {
  return unit('KECAMATAN', `Kecamatan ${name}`, {
    code: `KEC-${codeOf(name)}`,
    children: [
      unit('SEKRETARIAT', `Sekretariat Kecamatan ${name}`, {
        head: { jenis: 'ADMINISTRATOR' },
        children: [subbag('Umum, Perencanaan dan Keuangan', [pel('Pengadministrasi Perkantoran'), pel('Bendahara')])],
      }),
      seksi('Pemerintahan', [pel('Pengadministrasi Pemerintahan')]),
      seksi('Pemberdayaan Masyarakat dan Kesejahteraan Sosial', [pel('Pengelola Pemberdayaan Masyarakat', 1, { pppk: 1 })]),
      seksi('Ketenteraman dan Ketertiban Umum', [fung('Polisi Pamong Praja', 'TERAMPIL')]),
      ...kelurahan.map((k, i) => unit('KELURAHAN', `Kelurahan ${k}`, { code: `KEL-${codeOf(k)}`, staff: kelurahanStaff(i) })),
    ],
  });
}

export const kecamatanList: UnitSpec[] = [
  kecamatan('Lubuk Sikarah', ['Aro IV Korong', 'IX Korong', 'Kampai Tabu Karambia', 'Simpang Rumbio', 'Sinapa Piliang', 'Tanah Garam', 'VI Suku']),
  kecamatan('Tanjung Harapan', ['Kampung Jawa', 'Koto Panjang', 'Laing', 'Nan Balimo', 'Pasar Pandan Air Mati', 'Tanjung Paku']),
];
