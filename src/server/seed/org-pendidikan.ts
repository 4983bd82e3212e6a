import { demoLogins } from './demo-accounts';
import { bidang, fung, opd, pel, sekretariat, unit, type PostSpec, type UnitSpec } from './org-spec';

/**
 * Dinas Pendidikan dan Kebudayaan with its schools: each SD/SMP negeri is a SEKOLAH unit under
 * its bidang, headed by a kepala sekolah (a guru with the extra duty, a fungsional head post)
 * who is atasan of the school's guru and tata usaha. Many young guru are PPPK.
 */
const kepalaSekolah = { jenis: 'FUNGSIONAL', jenjang: 'AHLI_MADYA' } as const;

function sd(n: number): UnitSpec {
  const no = String(n).padStart(2, '0');
  const staff: PostSpec[] = [
    fung('Guru Kelas', 'AHLI_MUDA', 1 + (n % 2)),
    fung('Guru Kelas', 'AHLI_PERTAMA', 2, { pppk: 2 }),
    fung('Guru Pendidikan Agama Islam', 'AHLI_PERTAMA', 1, { pppk: 1 }),
    fung('Guru Pendidikan Jasmani, Olahraga dan Kesehatan', 'AHLI_PERTAMA', 1, { pppk: n % 2 }),
  ];
  const head = n === 1 ? { ...kepalaSekolah, holder: demoLogins.kepsekSd01 } : kepalaSekolah;
  return unit('SEKOLAH', `SD Negeri ${no} Kota Solok`, { code: `SDN${no}`, head, staff });
}

function smp(n: number): UnitSpec {
  const staff: PostSpec[] = [
    fung('Guru Matematika', 'AHLI_MUDA'),
    fung('Guru Bahasa Indonesia', 'AHLI_PERTAMA', 1, { pppk: 1 }),
    fung('Guru Bahasa Inggris', 'AHLI_PERTAMA', 1, { pppk: 1 }),
    fung('Guru Ilmu Pengetahuan Alam', 'AHLI_MADYA'),
    fung('Guru Ilmu Pengetahuan Alam', 'AHLI_PERTAMA', 1, { pppk: 1 }),
    fung('Guru Pendidikan Agama Islam', 'AHLI_PERTAMA', 1, { pppk: n === 2 ? 1 : 0 }),
    fung('Guru Bimbingan dan Konseling', 'AHLI_PERTAMA', 1, { pppk: 1 }),
    pel('Pengadministrasi Perkantoran'),
  ];
  return unit('SEKOLAH', `SMP Negeri ${n} Kota Solok`, { code: `SMPN${n}`, head: kepalaSekolah, staff });
}

export const dinasPendidikan: UnitSpec = opd('DINAS', 'DISDIKBUD', 'Dinas Pendidikan dan Kebudayaan', [
  bidang('Pembinaan Sekolah Dasar', [fung('Pengembang Teknologi Pembelajaran', 'AHLI_PERTAMA'), pel('Pengelola Data Pendidikan', 2)], {
    code: 'DISDIKBUD-SD',
    children: [1, 2, 3, 4, 5, 6].map(sd),
  }),
  bidang('Pembinaan Sekolah Menengah Pertama', [pel('Pengelola Data Pendidikan')], { code: 'DISDIKBUD-SMP', children: [1, 2, 3].map(smp) }),
  bidang('Pembinaan PAUD dan Pendidikan Nonformal', [fung('Pamong Belajar', 'AHLI_MUDA')]),
  bidang('Guru dan Tenaga Kependidikan', [fung('Analis Sumber Daya Manusia Aparatur', 'AHLI_PERTAMA'), pel('Pengelola Data Guru dan Tenaga Kependidikan')]),
  bidang('Kebudayaan', [
    fung('Pamong Budaya', 'AHLI_PERTAMA'),
    pel('Penelaah Teknis Kebijakan', 2, { holders: [demoLogins.stafDikbud] }),
    pel('Pengelola Cagar Budaya'),
  ], { code: 'DISDIKBUD-BUD' }),
], {
  head: { holder: demoLogins.kadisdikbud },
  sekretariat: sekretariat('Dinas Pendidikan dan Kebudayaan', {
    umpeg: [fung('Analis Sumber Daya Manusia Aparatur', 'AHLI_MUDA', 1, { holders: [demoLogins.adminOpdDikbud] }), pel('Pengadministrasi Perkantoran', 2)],
  }),
});
