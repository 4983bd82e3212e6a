/**
 * The seven BerAKHLAK core values and their 21 panduan perilaku, verbatim as in SKP forms
 * (domain.md §4; PermenPANRB 6/2022 perilaku kerja, guides from SE MenPANRB 20/2021).
 */
export const coreValues = [
  {
    code: 'BERORIENTASI_PELAYANAN',
    name: 'Berorientasi Pelayanan',
    guides: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
  },
  {
    code: 'AKUNTABEL',
    name: 'Akuntabel',
    guides: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    code: 'KOMPETEN',
    name: 'Kompeten',
    guides: ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar', 'Melaksanakan tugas dengan kualitas terbaik'],
  },
  {
    code: 'HARMONIS',
    name: 'Harmonis',
    guides: ['Menghargai setiap orang apapun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'],
  },
  {
    code: 'LOYAL',
    name: 'Loyal',
    guides: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    code: 'ADAPTIF',
    name: 'Adaptif',
    guides: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
  },
  {
    code: 'KOLABORATIF',
    name: 'Kolaboratif',
    guides: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama',
    ],
  },
] as const;

export type CoreValueCode = (typeof coreValues)[number]['code'];
export const coreValueCodes = coreValues.map((v) => v.code) as CoreValueCode[];
