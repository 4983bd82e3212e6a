/**
 * Name and gelar pools for the demo pegawai: Minangkabau and wider Indonesian names, as found in
 * a West Sumatran city hall. No name here contains "hendra": the accounts tests search for the
 * demo Kepala Dinas Kesehatan by that word and expect exactly one hit.
 */
export const maleNames = [
  'Afrizal', 'Zulkarnain', 'Yusrizal', 'Syafrudin', 'Erizal', 'Nofrizal', 'Desrizal', 'Masrizal', 'Yondri', 'Asrul',
  'Nasrul', 'Syahrial', 'Firdaus', 'Zulfikar', 'Afdal', 'Arif', 'Ilham', 'Rahmat', 'Fauzan', 'Rido', 'Andre', 'Ferdi',
  'Iqbal', 'Taufik', 'Irwan', 'Rudi', 'Budi', 'Doni', 'Fadli', 'Rizki', 'Yoga', 'Ikhsan', 'Hafiz', 'Riko', 'Alfian',
  'Edwar', 'Jasman', 'Mulyadi', 'Dedi', 'Yusuf', 'Amril', 'Armen', 'Darmawan', 'Syamsul', 'Novri', 'Efrizal', 'Harmen',
  'Indra', 'Jufri', 'Khairul', 'Lukman', 'Mardianto', 'Nazar', 'Ramli', 'Suhardi', 'Tomi', 'Wahyu', 'Yudi', 'Zainal',
  'Fikri', 'Gusri', 'Yulizar', 'Elfis', 'Candra', 'Aldi', 'Bayu', 'Dafrizal', 'Eko', 'Gilang', 'Habibi', 'Irfan',
  'Junaidi', 'Kasman', 'Marzuki', 'Rasyid', 'Syaiful', 'Teguh', 'Yasrul', 'Zulhamdi', 'Adrianto', 'Benny', 'Deri',
] as const;

export const maleSurnames = [
  'Putra', 'Saputra', 'Syahputra', 'Efendi', 'Hidayat', 'Rahman', 'Yunus', 'Malik', 'Hamdani', 'Anwar', 'Ilyas',
  'Arifin', 'Syafii', 'Kurniawan', 'Pratama', 'Rizal', 'Akbar', 'Fajri', 'Darwis', 'Zainuddin', 'Ismail', 'Gusman',
  'Hasan', 'Munir', 'Chaniago', 'Koto', 'Tanjung', 'Sikumbang', 'Piliang', 'Caniago', 'Jambak', 'Melayu',
] as const;

export const femaleNames = [
  'Yusnimar', 'Nurhayati', 'Desi', 'Fitri', 'Yeni', 'Elvi', 'Mardiana', 'Nofrita', 'Rosmaini', 'Sri', 'Yulia', 'Wulan',
  'Vivi', 'Dewi', 'Lusi', 'Silvia', 'Zurnelis', 'Rika', 'Rini', 'Mira', 'Nelly', 'Ratna', 'Suryani', 'Yusmaneli',
  'Delvi', 'Gusnita', 'Hasnah', 'Irma', 'Jusnidar', 'Kurnia', 'Lia', 'Misra', 'Novi', 'Oktavia', 'Rosa', 'Syafrida',
  'Tuti', 'Utari', 'Welni', 'Yanti', 'Zulfa', 'Afni', 'Betri', 'Cici', 'Eli', 'Fenny', 'Hayati', 'Ika', 'Liza',
  'Marnis', 'Nila', 'Rahmadani', 'Sasmita', 'Tri', 'Veni', 'Yosi', 'Zulmiati', 'Anisa', 'Dian', 'Febri', 'Gita',
  'Indah', 'Julita', 'Kartini', 'Lenny', 'Maya', 'Nurul', 'Puspita', 'Reni', 'Susi', 'Titin', 'Yuni', 'Asmaniar',
] as const;

export const femaleSurnames = [
  'Sari', 'Putri', 'Yanti', 'Marlina', 'Wati', 'Susanti', 'Handayani', 'Rahmawati', 'Oktavia', 'Novita', 'Lestari',
  'Fitriani', 'Yuliani', 'Ningsih', 'Amelia', 'Safitri', 'Rahayu', 'Anggraini', 'Syafitri', 'Yusra', 'Wahyuni',
  'Melati', 'Permata', 'Andriani', 'Zulaikha', 'Hasanah',
] as const;

/** The schooling a post calls for, which decides the gelar. */
export type Edu =
  | 'pimpinan' | 'sarjana' | 'diploma' | 'pelaksana' | 'guru' | 'dokter' | 'spesialis' | 'drg' | 'perawat' | 'perawatD3'
  | 'bidan' | 'bidanD3' | 'apoteker' | 'farmasiD3' | 'kesmas' | 'gizi' | 'lab' | 'sanitasi' | 'rekam' | 'radiografer'
  | 'it' | 'teknik' | 'ekonomi' | 'hukum' | 'pertanian' | 'veteriner';

type Gelar = readonly [depan: string | null, belakang: string | null];

export const gelarPools: Record<Edu, readonly Gelar[]> = {
  pimpinan: [
    [null, 'S.H., M.H.'], [null, 'S.E., M.M.'], [null, 'S.Sos., M.Si.'], [null, 'S.IP., M.Si.'], [null, 'S.T., M.T.'],
    [null, 'S.Pd., M.Pd.'], [null, 'S.STP., M.Si.'], [null, 'S.E., M.Ak.'], [null, 'S.Kom., M.Kom.'], [null, 'S.P., M.P.'],
    [null, 'S.AP., M.AP.'], ['Dr.', 'S.E., M.Si.'], ['Ir.', 'M.T.'], [null, 'S.H.'], [null, 'S.E.'],
  ],
  sarjana: [
    [null, 'S.E.'], [null, 'S.Sos.'], [null, 'S.H.'], [null, 'S.IP.'], [null, 'S.AP.'], [null, 'S.Kom.'], [null, 'S.E., M.M.'],
    [null, 'S.STP.'], [null, 'S.Psi.'], [null, 'S.Ak.'], [null, 'S.T.'], [null, 'S.Si.'], [null, 'S.Sos., M.Si.'],
  ],
  diploma: [[null, 'A.Md.'], [null, 'A.Md.Kom.'], [null, 'A.Md.Ak.'], [null, 'A.Md.T.']],
  pelaksana: [[null, null], [null, null], [null, null], [null, 'A.Md.'], [null, 'S.E.'], [null, 'S.Sos.'], [null, 'S.Kom.'], [null, 'A.Md.Ak.']],
  guru: [[null, 'S.Pd.'], [null, 'S.Pd.'], [null, 'S.Pd., M.Pd.'], [null, 'S.Pd.I.'], [null, 'S.Pd., Gr.'], [null, 'S.Si.']],
  dokter: [['dr.', null], ['dr.', null], ['dr.', 'M.K.M.'], ['dr.', 'M.Biomed.']],
  spesialis: [['dr.', 'Sp.PD.'], ['dr.', 'Sp.A.'], ['dr.', 'Sp.OG.'], ['dr.', 'Sp.B.'], ['dr.', 'Sp.An.'], ['dr.', 'Sp.Rad.']],
  drg: [['drg.', null]],
  perawat: [[null, 'S.Kep., Ners']],
  perawatD3: [[null, 'A.Md.Kep.']],
  bidan: [[null, 'S.Tr.Keb.'], [null, 'S.Keb., Bd.']],
  bidanD3: [[null, 'A.Md.Keb.']],
  apoteker: [['apt.', 'S.Farm.']],
  farmasiD3: [[null, 'A.Md.Farm.']],
  kesmas: [[null, 'S.K.M.'], [null, 'S.K.M., M.K.M.']],
  gizi: [[null, 'A.Md.Gz.']],
  lab: [[null, 'A.Md.A.K.']],
  sanitasi: [[null, 'A.Md.K.L.']],
  rekam: [[null, 'A.Md.RMIK.']],
  radiografer: [[null, 'A.Md.Rad.']],
  it: [[null, 'S.Kom.'], [null, 'S.T.'], [null, 'S.Kom., M.Kom.']],
  teknik: [[null, 'S.T.'], [null, 'S.T., M.T.']],
  ekonomi: [[null, 'S.E.'], [null, 'S.Ak.'], [null, 'S.E., M.Ak.']],
  hukum: [[null, 'S.H.'], [null, 'S.H., M.H.']],
  pertanian: [[null, 'S.P.'], [null, 'S.Pt.'], [null, 'S.TP.']],
  veteriner: [['drh.', null]],
};

const skilled = new Set(['PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA']);

/** Reads the schooling from the post's name (a perawat terampil is D-III, an ahli is Ners). */
export function eduFor(postName: string, jenis: string, jenjang: string | null): Edu {
  const d3 = jenjang !== null && skilled.has(jenjang);
  const rules: [RegExp, Edu][] = [
    [/Guru|^Kepala S(D|MP) /, 'guru'],
    [/Dokter Gigi/, 'drg'],
    [/Medik Veteriner/, 'veteriner'],
    [/Dokter/, 'dokter'],
    [/Perawat/, d3 ? 'perawatD3' : 'perawat'],
    [/Bidan/, d3 ? 'bidanD3' : 'bidan'],
    [/Apoteker/, 'apoteker'],
    [/Kefarmasian/, 'farmasiD3'],
    [/Nutrisionis/, 'gizi'],
    [/Laboratorium/, 'lab'],
    [/Sanitasi/, 'sanitasi'],
    [/Perekam Medis/, 'rekam'],
    [/Radiografer/, 'radiografer'],
    [/Epidemiolog|Penyuluh Kesehatan|Administrator Kesehatan|Puskesmas/, 'kesmas'],
    [/Pranata Komputer|Statistisi|Sandiman|Aplikasi/, d3 ? 'diploma' : 'it'],
    [/Teknik|Penata Ruang|Bangunan|Penguji Kendaraan/, d3 ? 'diploma' : 'teknik'],
    [/Auditor|Anggaran|Pajak|Keuangan Pusat/, 'ekonomi'],
    [/Perancang|Analis Hukum/, 'hukum'],
    [/Penyuluh Pertanian|Mutu Hasil Pertanian|Pangan/, 'pertanian'],
  ];
  if (jenis === 'JPT' || jenis === 'ADMINISTRATOR') return 'pimpinan';
  for (const [pattern, edu] of rules) if (pattern.test(postName)) return edu;
  if (jenis === 'PELAKSANA') return 'pelaksana';
  return d3 ? 'diploma' : 'sarjana';
}
