/** Where the API lives; the SPA and the API share one origin (the dev server proxies /api). */
export const env = {
  apiBaseUrl: '/api',
  languageStorageKey: 'kinerja.language',
} as const;
