/** Every route of the SPA in one place, so links and redirects never drift apart. */
export const paths = {
  home: '/',
  signIn: '/masuk',
  sessionEnded: '/sesi-berakhir',
  myAccount: '/akun-saya',
  roles: '/peran-akses',
  audit: '/log-audit',
  settings: '/pengaturan',
} as const;

export type AppPath = (typeof paths)[keyof typeof paths];
