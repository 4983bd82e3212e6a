/** Every route of the SPA in one place, so links and redirects never drift apart. */
export const paths = {
  home: '/',
  signIn: '/masuk',
  sessionEnded: '/sesi-berakhir',
  myAccount: '/akun-saya',
  roles: '/peran-akses',
  audit: '/log-audit',
  settings: '/pengaturan',
  organisation: '/struktur-organisasi',
  pegawaiList: '/pegawai',
  pegawaiProfile: '/pegawai/:pegawaiId',
  incompleteChains: '/rantai-belum-lengkap',
  imports: '/impor-data',
  skpMine: '/skp',
  skpTeam: '/skp/tim',
  skpMatrix: '/skp/matriks',
  skpView: '/skp/:skpId',
  skpRevision: '/skp/:skpId/revisi/:revision',
  pohonKinerja: '/pohon-kinerja',
  iku: '/iku',
} as const;

export type AppPath = (typeof paths)[keyof typeof paths];

/** Links to pages that take an id or a filter. */
export const links = {
  pegawaiProfile: (pegawaiId: string) => `/pegawai/${encodeURIComponent(pegawaiId)}`,
  organisationUnit: (unitId: string) => `${paths.organisation}?unit=${encodeURIComponent(unitId)}`,
  pegawaiInUnit: (unitId: string) => `${paths.pegawaiList}?unitId=${encodeURIComponent(unitId)}`,
  pegawaiInOpd: (opdId: string) => `${paths.pegawaiList}?opdId=${encodeURIComponent(opdId)}`,
  skpView: (skpId: string) => `/skp/${encodeURIComponent(skpId)}`,
  skpRevision: (skpId: string, revision: number) => `/skp/${encodeURIComponent(skpId)}/revisi/${revision}`,
};
