import { normaliseNip } from '../../../../domain/nip';

/** A cell as the parsers hand it over: CSV gives text; XLSX may give numbers, dates, booleans. */
export type Cell = string | number | boolean | Date | null;

/** A coerced value or the reason (Bahasa Indonesia) it could not be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (reason: string): Read<never> => ({ ok: false, reason });

export const isBlank = (cell: Cell | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Text with outer spaces trimmed; '' for a blank cell. */
export function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoOf(cell);
  if (typeof cell === 'boolean') return cell ? 'ya' : 'tidak';
  return String(cell).replace(/\u00A0/g, ' ').trim();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Excel dates carry no time zone: exceljs hands them over as UTC midnight. */
const isoOf = (date: Date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Excel's serial day 25569 is 1970-01-01; plausible dates only, so a stray number is not a date.
const EXCEL_EPOCH_DAY = 25569;
const MS_PER_DAY = 86_400_000;

/** YYYY-MM-DD, dd-mm-yyyy, dd/mm/yyyy or dd.mm.yyyy text, a date cell, or an Excel serial day. */
export function dateOf(cell: Cell | undefined): Read<string | null> {
  if (isBlank(cell)) return ok(null);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail('Tanggal tidak valid.') : ok(isoOf(cell));
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 80_000) return fail(`Angka ${cell} bukan tanggal; tulis sebagai YYYY-MM-DD atau dd-mm-yyyy.`);
    return ok(isoOf(new Date((cell - EXCEL_EPOCH_DAY) * MS_PER_DAY)));
  }
  const text = textOf(cell);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const candidate = iso ? `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}` : local ? `${local[3]}-${pad(Number(local[2]))}-${pad(Number(local[1]))}` : null;
  if (candidate === null) return fail(`Tanggal "${text}" tidak dikenali; gunakan YYYY-MM-DD atau dd-mm-yyyy.`);
  if (!isCalendarDate(candidate)) return fail(`Tanggal "${text}" tidak ada di kalender.`);
  return ok(candidate);
}

const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+?\d+$/i;
const AS_TEXT_HINT = 'Format kolom sebagai Teks di Excel, ketik ulang NIP-nya, lalu simpan lagi.';

/**
 * An 18-digit NIP must arrive as text: Excel keeps only 15 significant digits of a number and
 * shows it as 1.99E+17, so a number cell (or that notation in a CSV) has already lost digits.
 */
export function nipTextOf(cell: Cell | undefined): Read<string | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'number') {
    return fail(`NIP terbaca sebagai angka (${cell.toExponential(2).toUpperCase()}), sehingga digit terakhirnya hilang. ${AS_TEXT_HINT}`);
  }
  const text = normaliseNip(textOf(cell)).replace(/^'/, '');
  if (SCIENTIFIC.test(text)) return fail(`NIP tertulis dalam notasi ilmiah (${text}): Excel telah membulatkannya. ${AS_TEXT_HINT}`);
  return ok(text);
}

/** When Excel rounded an 18-digit NIP it keeps 15 digits and pads with zeros. */
export const roundedByExcelHint = (nip: string) =>
  /^\d{15}000$/.test(nip) ? ' Tiga digit terakhir 000 biasanya tanda NIP dibulatkan Excel; format kolom sebagai Teks.' : '';

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'iya', 'kepala']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'bukan']);

export function yesNoOf(cell: Cell | undefined): Read<boolean | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  const text = textOf(cell).toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(`Isi "ya" atau "tidak", bukan "${textOf(cell)}".`);
}

/** Upper case with spaces, dots and dashes as underscores: "Sekretariat Daerah" → SEKRETARIAT_DAERAH. */
export const enumKey = (text: string) => text.trim().toUpperCase().replace(/[\s.\-/]+/g, '_').replace(/^_+|_+$/g, '');

/** One of `values` (case and spacing ignored), or an alias of one. */
export function enumOf<T extends string>(cell: Cell | undefined, values: readonly T[], aliases: Record<string, T> = {}): Read<T | null> {
  if (isBlank(cell)) return ok(null);
  const key = enumKey(textOf(cell));
  const found = (values as readonly string[]).includes(key) ? (key as T) : Object.hasOwn(aliases, key) ? aliases[key] : undefined;
  return found ? ok(found) : fail(`"${textOf(cell)}" bukan pilihan yang dikenal; isi salah satu: ${values.join(', ')}.`);
}
