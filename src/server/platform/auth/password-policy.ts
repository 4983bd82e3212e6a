import { PASSWORD_MIN_LENGTH } from '../../../shared/password';
import { commonPasswords } from './common-passwords';

export interface PasswordProblem {
  path: 'newPassword';
  message: string;
}

/** Length, not the login, not a well-known password (NIST SP 800-63B style: no composition rules). */
export function passwordProblems(password: string, login: string): PasswordProblem[] {
  const problems: string[] = [];
  const normalised = password.trim().toLowerCase();
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`);
  if (normalised.includes(login.toLowerCase())) problems.push('Kata sandi tidak boleh memuat NIP atau nama pengguna.');
  if (commonPasswords.has(normalised) || /^(.)\1+$/.test(normalised) || isSequence(normalised)) {
    problems.push('Kata sandi ini terlalu umum atau mudah ditebak.');
  }
  return problems.map((message) => ({ path: 'newPassword', message }));
}

function isSequence(value: string): boolean {
  if (value.length < 4) return false;
  const step = value.charCodeAt(1) - value.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 2; i < value.length; i++) if (value.charCodeAt(i) - value.charCodeAt(i - 1) !== step) return false;
  return true;
}
