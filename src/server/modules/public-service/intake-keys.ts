import { createHash, createHmac, randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ticket code: 10 characters of Crockford base32 from the CSPRNG (50 bits), short enough to
 * read over the phone, too many to guess (the status page is rate-limited as well).
 */
export function newTicketCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  for (const byte of bytes) code += CROCKFORD[byte & 31];
  return code;
}

/** The sender's address, keyed so the table cannot be reversed by trying every IPv4 address. */
export const hashAddress = (key: string, ip: string) => createHmac('sha256', key).update(`ip:${ip}`).digest('hex').slice(0, 32);

/** The same text to the same unit, whatever the spacing or case: what duplicate detection compares. */
export function contentHash(serviceUnitId: string, category: string, description: string): string {
  const normalized = description.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${serviceUnitId}\n${category}\n${normalized}`).digest('hex');
}
