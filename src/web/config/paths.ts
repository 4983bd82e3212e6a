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
  dialogue: '/dialog-kinerja',
  dialogueView: '/dialog-kinerja/:dialogueId',
  feedback360: '/umpan-balik-360',
  /** A service user's one-time link: outside the signed-in shell. */
  feedback360Public: '/umpan-balik-360/:token',
  notifications: '/notifikasi',
  realisationMine: '/realisasi',
  realisationTeam: '/realisasi/tim',
  realisationPeriod: '/skp/:skpId/periode/:periodId',
  feedback: '/umpan-balik',
  // Public service quality (#7): the citizen pages work without signing in (outside the shell).
  publicUnits: '/layanan',
  publicUnit: '/layanan/:slug',
  publicComplaint: '/layanan/:slug/pengaduan',
  publicIkm: '/layanan/:slug/survei',
  complaintStatus: '/pengaduan/:ticket',
  transparency: '/transparansi',
  // Staff pages; the last two are the links the server puts in notifications and IKI sources.
  serviceInbox: '/pengaduan-layanan',
  serviceAssigned: '/pengaduan-saya',
  serviceIkm: '/ikm',
  serviceComplaint: '/layanan/pengaduan/:complaintId',
  serviceUnitData: '/layanan/unit/:serviceUnitId',
  // Evaluasi (#6): the server's notifications link to /evaluasi and /evaluasi/:id.
  evaluationMine: '/evaluasi',
  evaluationResult: '/evaluasi/:evaluationId',
  evaluationRating: '/skp/:skpId/penilaian',
  calibration: '/kalibrasi',
  orgPredikat: '/predikat-organisasi',
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
  realisationPeriod: (skpId: string, periodId: string) => `/skp/${encodeURIComponent(skpId)}/periode/${encodeURIComponent(periodId)}`,
  /** Resolves to the SKP's current (or latest open) period. */
  realisationOfSkp: (skpId: string) => `/realisasi?skp=${encodeURIComponent(skpId)}`,
  publicUnit: (slug: string) => `/layanan/${encodeURIComponent(slug)}`,
  publicComplaint: (slug: string) => `/layanan/${encodeURIComponent(slug)}/pengaduan`,
  publicIkm: (slug: string) => `/layanan/${encodeURIComponent(slug)}/survei`,
  complaintStatus: (ticket: string) => `/pengaduan/${encodeURIComponent(ticket)}`,
  serviceComplaint: (complaintId: string) => `/layanan/pengaduan/${encodeURIComponent(complaintId)}`,
  evaluationResult: (evaluationId: string) => `/evaluasi/${encodeURIComponent(evaluationId)}`,
  /** Without a period: the annual evaluation. */
  evaluationRating: (skpId: string, periodId: string) => `/skp/${encodeURIComponent(skpId)}/penilaian${periodId ? `?periodId=${encodeURIComponent(periodId)}` : ''}`,
};
