import type { Role } from '../../shared/roles';

/**
 * The demo sign-ins listed in the README (password `kinerja-demo` for all). NIPs follow
 * Perka BKN 22/2007: birth date, TMT CPNS, sex digit, sequence. Each NIP login is also a pegawai
 * placed in the post its note names (org-*.ts); every other demo pegawai signs in with their NIP
 * and the same password, as plain PEGAWAI (plus ATASAN when they head a unit).
 */
export const DEMO_PASSWORD = 'kinerja-demo';

export interface DemoAccount {
  login: string;
  name: string;
  roles: Role[];
  note: string;
  /** ADMIN_OPD: the code of the OPD unit administered. */
  opd?: string;
  /** Officials without a NIP: the title of their `official` row. */
  official?: 'WALI_KOTA' | 'WAKIL_WALI_KOTA';
}

/** The demo NIPs by who they are, so the organisation data can place them. */
export const demoLogins = {
  adminBkpsdm: '199001012015011001',
  sekda: '197005121995031002',
  auditor: '197803152003122004',
  adminOpdDikbud: '198507202010012003',
  kadinkes: '197602141999031005',
  perawat: '199505052020122010',
  stafDishub: '199203112019031007',
  stafDikbud: '199407222019032011',
  kadisdikbud: '197208171998031003',
  kadishub: '197111051997121001',
  kapusTanahGaram: '198204092009042002',
  adminOpdDinkes: '198810032011022001',
  kepsekSd01: '197412201999122002',
} as const;

const d = demoLogins;

export const demoAccounts: DemoAccount[] = [
  { login: d.adminBkpsdm, name: 'Andi Saputra, S.Kom.', roles: ['ADMIN_BKPSDM', 'PEGAWAI'], note: 'Admin BKPSDM (Pranata Komputer, BKPSDM)' },
  { login: 'walikota', name: 'Wali Kota Solok', roles: ['PIMPINAN'], note: 'Wali Kota (tanpa NIP)', official: 'WALI_KOTA' },
  { login: 'wakilwalikota', name: 'Wakil Wali Kota Solok', roles: ['PIMPINAN'], note: 'Wakil Wali Kota (tanpa NIP)', official: 'WAKIL_WALI_KOTA' },
  { login: d.sekda, name: 'Drs. Syafrizal, M.Si.', roles: ['PIMPINAN', 'ATASAN', 'PEGAWAI'], note: 'Sekretaris Daerah' },
  { login: d.auditor, name: 'Yuliana Sari, S.E., M.Ak.', roles: ['INSPEKTORAT', 'PEGAWAI'], note: 'Auditor Ahli Muda, Inspektorat' },
  { login: d.adminOpdDikbud, name: 'Rahmi Fitriani, S.Pd.', roles: ['ADMIN_OPD', 'PEGAWAI'], note: 'Admin OPD Dinas Pendidikan dan Kebudayaan', opd: 'DISDIKBUD' },
  { login: d.kadinkes, name: 'dr. Hendra Gunawan, M.Kes.', roles: ['ATASAN', 'PEGAWAI'], note: 'Kepala Dinas Kesehatan' },
  { login: d.perawat, name: 'Nurul Hidayah, A.Md.Kep.', roles: ['PEGAWAI'], note: 'Perawat Terampil, Puskesmas Tanah Garam' },
  { login: d.stafDishub, name: 'Fajar Ramadhan, S.T.', roles: ['PEGAWAI'], note: 'Staf Bidang Lalu Lintas, Dinas Perhubungan' },
  { login: d.stafDikbud, name: 'Siti Aisyah, S.Sos.', roles: ['PEGAWAI'], note: 'Staf Bidang Kebudayaan, Dinas Pendidikan dan Kebudayaan' },
  { login: d.kadisdikbud, name: 'Dr. Zulkifli Hamdani, M.Pd.', roles: ['ATASAN', 'PEGAWAI'], note: 'Kepala Dinas Pendidikan dan Kebudayaan' },
  { login: d.kadishub, name: 'Ir. Syahrial Anwar, M.T.', roles: ['ATASAN', 'PEGAWAI'], note: 'Kepala Dinas Perhubungan' },
  { login: d.kapusTanahGaram, name: 'dr. Yulia Rahmawati, M.K.M.', roles: ['ATASAN', 'PEGAWAI'], note: 'Kepala Puskesmas Tanah Garam (atasan langsung 25 pegawai)' },
  { login: d.adminOpdDinkes, name: 'Rina Oktaviani, S.K.M.', roles: ['ADMIN_OPD', 'PEGAWAI'], note: 'Admin OPD Dinas Kesehatan', opd: 'DINKES' },
  { login: d.kepsekSd01, name: 'Desmawati, S.Pd.', roles: ['ATASAN', 'PEGAWAI'], note: 'Kepala SD Negeri 01 Kota Solok' },
];
