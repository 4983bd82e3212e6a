/**
 * The one list of error codes every reply may carry, with the message a person reads.
 * Server and web share it so the UI can explain a code without a second translation table.
 */
export const errorCodes = {
  VALIDATION_FAILED: { status: 400, id: 'Data yang dikirim tidak valid.', en: 'The request is not valid.' },
  UNAUTHENTICATED: { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  INVALID_CREDENTIALS: {
    status: 401,
    id: 'NIP/nama pengguna atau kata sandi salah, atau akun sedang dikunci sementara.',
    en: 'Wrong NIP/username or password, or the account is temporarily locked.',
  },
  SESSION_EXPIRED: { status: 401, id: 'Sesi Anda telah berakhir. Silakan masuk kembali.', en: 'Your session has expired. Please sign in again.' },
  CSRF_INVALID: { status: 403, id: 'Token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman.', en: 'Security token (CSRF) missing or wrong. Reload the page.' },
  // One code for "outside your scope", whether the role or the record is what is out of reach.
  FORBIDDEN_SCOPE: { status: 403, id: 'Tindakan atau data ini berada di luar cakupan akses Anda.', en: 'This action or record is outside your access scope.' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, id: 'Anda harus mengganti kata sandi sementara terlebih dahulu.', en: 'You must change your temporary password first.' },
  NOT_FOUND: { status: 404, id: 'Data tidak ditemukan.', en: 'Not found.' },
  CONFLICT: { status: 409, id: 'Tindakan ini bertentangan dengan status data saat ini.', en: 'This action conflicts with the current state.' },
  PAYLOAD_TOO_LARGE: { status: 413, id: 'Berkas atau data terlalu besar.', en: 'The file or request is too large.' },
  RULE_VIOLATION: { status: 422, id: 'Permintaan melanggar aturan.', en: 'The request breaks a rule.' },
  WEAK_PASSWORD: { status: 422, id: 'Kata sandi baru tidak memenuhi syarat.', en: 'The new password does not meet the requirements.' },
  WRONG_PASSWORD: { status: 422, id: 'Kata sandi lama salah.', en: 'The current password is wrong.' },
  RATE_LIMITED: { status: 429, id: 'Terlalu banyak percobaan. Coba lagi beberapa saat lagi.', en: 'Too many attempts. Try again shortly.' },
  DB_UNAVAILABLE: { status: 503, id: 'Basis data sedang tidak dapat dijangkau.', en: 'The database is unreachable.' },
  INTERNAL: { status: 500, id: 'Terjadi kesalahan pada server.', en: 'Something went wrong on the server.' },
} as const satisfies Record<string, { status: number; id: string; en: string }>;

export type ErrorCode = keyof typeof errorCodes;

export interface ErrorDetail {
  path?: string;
  message?: string;
  row?: number;
  column?: string;
  reason?: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: ErrorDetail[]; requestId: string };
}

export function errorMessage(code: ErrorCode, language: 'id' | 'en' = 'id'): string {
  return errorCodes[code][language];
}
