import { randomBytes } from 'node:crypto';
import type { TestApp } from '../../../../test/support/test-app';

/** A request from a given client address (the test app trusts X-Forwarded-For), so each test has its own rate-limit counters. */
export const fromAddress = (ip: string) => ({ 'x-forwarded-for': ip });
let nextAddress = 1;
/** A fresh documentation-range address per call. */
export const newAddress = () => `198.51.100.${nextAddress++ % 250}`;

/** A complaint as the public form sends it, with a description that is unique unless told otherwise. */
export function complaintBody(overrides: Record<string, unknown> = {}) {
  return { category: 'KELUHAN', description: `Antrean di loket pendaftaran sangat panjang dan tidak teratur (${randomBytes(4).toString('hex')}).`, ...overrides };
}

export async function fileComplaint(t: TestApp, slug: string, body: Record<string, unknown> = complaintBody(), ip = newAddress()) {
  return t.request({ method: 'POST', url: `/api/public/service-units/${slug}/complaints`, payload: body, headers: fromAddress(ip) });
}

/** A multipart body with text fields and, optionally, one file part. */
export function multipartForm(fields: Record<string, string>, file?: { field: string; name: string; content: Buffer; type: string }) {
  const boundary = `----kinerja${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function serviceUnitId(t: TestApp, slug: string) {
  return (await t.db.selectFrom('service_unit').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

/** The demo year (the seed follows the calendar), its periods, and a moment inside the first period. */
export async function demoYear(t: TestApp) {
  const year = (await t.db.selectFrom('performance_year').select('year').orderBy('year', 'desc').executeTakeFirstOrThrow()).year;
  const periods = await t.db.selectFrom('period as p').innerJoin('performance_year as y', 'y.id', 'p.year_id').select(['p.id', 'p.name', 'p.starts_on', 'p.ends_on']).where('y.year', '=', year).orderBy('p.seq').execute();
  // 10:00 WIB on the first Monday from 2 March: inside the first quarter, on a working day.
  const moment = new Date(`${year}-03-02T03:00:00.000Z`);
  while (moment.getUTCDay() !== 1) moment.setUTCDate(moment.getUTCDate() + 1);
  return { year, periods, firstPeriodMoment: moment };
}

/** The smallest valid PNG (1×1): a phone photo for tests. */
export const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A respondent token for the IKM survey, as the survey page gets it for its device (issue #16). */
export async function respondentToken(t: TestApp, slug = 'pkm-tanah-garam') {
  return (await t.request({ method: 'POST', url: `/api/public/service-units/${slug}/ikm/token`, headers: fromAddress(newAddress()) })).json().token as string;
}
