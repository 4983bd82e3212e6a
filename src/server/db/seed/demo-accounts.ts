import type { Role } from '../../../shared/roles';

/**
 * The demo sign-ins listed in the README (password `kinerja-demo` for all). NIPs follow
 * Perka BKN 22/2007: birth date, TMT CPNS, sex digit, sequence.
 */
export const DEMO_PASSWORD = 'kinerja-demo';

export interface DemoAccount {
  login: string;
  name: string;
  roles: Role[];
  note: string;
}

export const demoAccounts: DemoAccount[] = [
  { login: '199001012015011001', name: 'Andi Saputra, S.Kom.', roles: ['ADMIN_BKPSDM', 'PEGAWAI'], note: 'Admin BKPSDM' },
  { login: 'walikota', name: 'Wali Kota Solok', roles: ['PIMPINAN'], note: 'Wali Kota (tanpa NIP)' },
  { login: 'wakilwalikota', name: 'Wakil Wali Kota Solok', roles: ['PIMPINAN'], note: 'Wakil Wali Kota (tanpa NIP)' },
  { login: '197005121995031002', name: 'Drs. Syafrizal, M.Si.', roles: ['PIMPINAN', 'ATASAN', 'PEGAWAI'], note: 'Sekretaris Daerah' },
  { login: '197803152003122004', name: 'Yuliana Sari, S.E., M.Ak.', roles: ['INSPEKTORAT', 'PEGAWAI'], note: 'Auditor Inspektorat' },
  { login: '198507202010012003', name: 'Rahmi Fitriani, S.Pd.', roles: ['ADMIN_OPD', 'PEGAWAI'], note: 'Admin OPD Dinas Pendidikan dan Kebudayaan' },
  { login: '197602141999031005', name: 'dr. Hendra Gunawan, M.Kes.', roles: ['ATASAN', 'PEGAWAI'], note: 'Kepala Dinas Kesehatan' },
  { login: '199505052020122010', name: 'Nurul Hidayah, A.Md.Kep.', roles: ['PEGAWAI'], note: 'Perawat Puskesmas' },
  { login: '199203112019031007', name: 'Fajar Ramadhan, S.T.', roles: ['PEGAWAI'], note: 'Staf Dinas Perhubungan' },
  { login: '199407222019032011', name: 'Siti Aisyah, S.Sos.', roles: ['PEGAWAI'], note: 'Staf Dinas Pendidikan dan Kebudayaan' },
];
