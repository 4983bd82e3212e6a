import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { openDatabase, type DatabaseHandle } from '../../platform/db/database';
import { createScheduler, type Scheduler } from '../../platform/jobs/scheduler';
import { createMailer, type Mailer } from '../../platform/mail/mailer';
import { notificationJobs } from './index';
import { MAX_MAIL_ATTEMPTS, sendPendingMail } from './mail.job';
import { notify } from './notify';
import { formatTanggal, sendRealisationReminders } from './reminders.job';

const PUBLIC_URL = 'https://kinerja.solok.test';
const logger = pino({ level: 'silent' });
let t: TestApp;
/** On PostgreSQL the second "server" gets its own pool to the same database; PGlite has one handle. */
let second: DatabaseHandle;
let smtp: SMTPServer;
const received: { to: string[]; raw: string }[] = [];
const mailers: Mailer[] = [];
let period: { id: string; name: string; realisation_closes: string; ends_on: string };
let expectedSkp: { id: string; email: string | null }[];
let alreadySubmittedSkp: string;

const decode = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const at = (day: string) => new Date(`${day}T01:00:00.000Z`); // 08:00 in Kota Solok
const reminders = () => t.db.selectFrom('notification').selectAll().where('kind', '=', 'REALISATION_REMINDER').orderBy('id').execute();

before(async () => {
  t = await startTestApp();
  second = t.databaseUrl ? await openDatabase({ kind: 'postgres', url: t.databaseUrl }) : t.database;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));

  // The demo year's last period: every demo SKP (started whenever the template was seeded) owes it.
  const year = await t.db.selectFrom('performance_year').select(['id', 'year']).where('status', '=', 'OPEN').orderBy('year', 'desc').executeTakeFirstOrThrow();
  period = await t.db.selectFrom('period').select(['id', 'name', 'realisation_closes', 'ends_on']).where('year_id', '=', year.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
  const approved = await t.db
    .selectFrom('skp as s')
    .innerJoin('pegawai as p', 'p.id', 's.pegawai_id')
    .select(['s.id', 's.pegawai_id', 'p.nip'])
    .where('s.year', '=', year.year)
    .where('s.status', '=', 'DISETUJUI')
    .where('s.valid_to', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('realisation_period as rp').select('rp.skp_id').whereRef('rp.skp_id', '=', 's.id').where('rp.period_id', '=', period.id))))
    .orderBy('s.id')
    .execute();
  assert.ok(approved.length >= 4, `the demo has approved SKP that have not submitted ${period.name} (${approved.length})`);
  // One has already submitted this period (no reminder); one owner has no e-mail address (in-app only).
  const [submitted, noEmail, ...withEmail] = approved;
  alreadySubmittedSkp = submitted!.id;
  await t.db.insertInto('realisation_period').values({ skp_id: submitted!.id, period_id: period.id, submitted_at: new Date() }).execute();
  for (const s of [submitted!, ...withEmail]) await t.db.updateTable('pegawai').set({ email: `${s.nip}@solok.test` }).where('id', '=', s.pegawai_id).execute();
  await t.db.updateTable('pegawai').set({ email: ' ' }).where('id', '=', noEmail!.pegawai_id).execute();
  expectedSkp = [{ id: noEmail!.id, email: null }, ...withEmail.map((s) => ({ id: s.id, email: `${s.nip}@solok.test` }))];
});

after(async () => {
  for (const mailer of mailers) mailer.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  if (second !== t.database) await second.close();
  await t.close();
});

function serverInstance(db: DatabaseHandle, holder: string): Scheduler {
  const port = (smtp.server.address() as AddressInfo).port;
  const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Kinerja <kinerja@solok.test>' }, logger);
  mailers.push(mailer);
  return createScheduler({ db: db.db, clock: t.clock, logger, holder, jobs: notificationJobs({ db: db.db, clock: t.clock, logger, mailer, publicUrl: PUBLIC_URL }) });
}

/** Both servers tick at the same moment, `rounds` times, half a minute apart. */
async function tickBoth(a: Scheduler, b: Scheduler, rounds: number) {
  for (let i = 0; i < rounds; i += 1) {
    await Promise.all([a.runDueJobs(), b.runDueJobs()]);
    t.clock.advance(31_000);
  }
}

describe('realisation reminders by e-mail', () => {
  test('when the deadline is further away than reminderDaysBefore, then nobody is reminded yet', async () => {
    const closes = Date.parse(`${period.realisation_closes}T00:00:00Z`);
    t.clock.set(at(new Date(closes - 4 * 86_400_000).toISOString().slice(0, 10)));
    assert.deepEqual(await sendRealisationReminders({ db: t.db, clock: t.clock }), { periods: 1, reminders: 0 });
  });

  test('when two servers run the scheduler a few days before the deadline, then each reminder e-mail reaches the SMTP server exactly once', async () => {
    const closes = Date.parse(`${period.realisation_closes}T00:00:00Z`);
    t.clock.set(at(new Date(closes - 2 * 86_400_000).toISOString().slice(0, 10)));
    const a = serverInstance(t.database, 'server-a:1:aaaa');
    const b = serverInstance(second, 'server-b:2:bbbb');
    await tickBoth(a, b, 4);

    const rows = await reminders();
    assert.deepEqual(rows.map((r) => r.link).sort(), expectedSkp.map((s) => `/skp/${s.id}/periode/${period.id}`).sort());
    assert.ok(!rows.some((r) => r.link?.startsWith(`/skp/${alreadySubmittedSkp}/`)), 'a submitted period is not reminded');
    const mailed = expectedSkp.filter((s) => s.email);
    const reminderMails = received.filter((m) => /^Subject: Pengingat: realisasi SKP/m.test(m.raw));
    assert.equal(reminderMails.length, mailed.length, 'one e-mail per reminder with an address');
    assert.deepEqual(reminderMails.flatMap((m) => m.to).sort(), mailed.map((s) => s.email).sort());
    for (const s of mailed) {
      const row = rows.find((r) => r.link === `/skp/${s.id}/periode/${period.id}`)!;
      assert.equal(row.email_status, 'SENT');
      assert.equal(row.email_attempts, 1);
      const mail = decode(received.find((m) => m.to.includes(s.email!))!.raw);
      assert.match(mail, new RegExp(`Subject: Pengingat: realisasi SKP ${period.name}`));
      assert.ok(mail.includes(`${PUBLIC_URL}/skp/${s.id}/periode/${period.id}`), 'the e-mail links to the period in the app');
      assert.ok(mail.includes(formatTanggal(period.realisation_closes)), 'the e-mail names the deadline');
    }
    const inAppOnly = rows.find((r) => r.link === `/skp/${expectedSkp[0]!.id}/periode/${period.id}`)!;
    assert.equal(inAppOnly.email_status, 'NONE');
  });

  test('when both servers keep running the next hours, then nothing more is made or sent', async () => {
    const before = (await reminders()).length;
    const sent = received.length;
    const a = serverInstance(t.database, 'server-a:1:cccc');
    const b = serverInstance(second, 'server-b:2:dddd');
    for (let hour = 0; hour < 3; hour += 1) {
      t.clock.advance(61 * 60 * 1000);
      await tickBoth(a, b, 2);
    }
    assert.equal((await reminders()).length, before);
    assert.equal(received.length, sent);
  });

  test('when two servers send the queue at the same moment even without the job lock, then no e-mail goes out twice', async () => {
    const staff = await t.db.selectFrom('account as a').innerJoin('pegawai as p', 'p.id', 'a.pegawai_id').select(['a.id', 'p.id as pegawaiId', 'p.nip']).where('p.email', 'is', null).orderBy('a.id').limit(12).execute();
    for (const s of staff) await t.db.updateTable('pegawai').set({ email: `${s.nip}@solok.test` }).where('id', '=', s.pegawaiId).execute();
    await notify(t.db, { accountIds: staff.map((s) => s.id) }, { kind: 'DIALOGUE_RECORDED', title: 'Dialog kinerja dicatat', body: 'Atasan Anda mencatat dialog kinerja.', link: '/dialog' });
    const sent = received.length;
    const port = (smtp.server.address() as AddressInfo).port;
    const deps = (db: DatabaseHandle) => {
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Kinerja <kinerja@solok.test>' }, logger);
      mailers.push(mailer);
      return { db: db.db, clock: t.clock, logger, mailer, publicUrl: PUBLIC_URL };
    };
    const results = await Promise.all([sendPendingMail(deps(t.database)), sendPendingMail(deps(second))]);
    assert.equal(results[0].claimed + results[1].claimed, staff.length);
    const fresh = received.slice(sent).flatMap((m) => m.to);
    assert.deepEqual(fresh.sort(), staff.map((s) => `${s.nip}@solok.test`).sort());
  });

  test('when the SMTP server keeps failing, then each attempt is counted, retried after the lease, and FAILED after five', async () => {
    const account = (await t.db.selectFrom('account').select('id').where('login', '=', '199001012015011001').executeTakeFirstOrThrow()).id;
    await t.db.updateTable('pegawai').set({ email: 'admin@solok.test' }).where('id', '=', t.db.selectFrom('account').select('pegawai_id').where('id', '=', account)).execute();
    await notify(t.db, { accountIds: [account] }, { kind: 'FEEDBACK_RECEIVED', title: 'Umpan balik baru', body: 'Ada umpan balik untuk Anda.', link: '/umpan-balik' });
    const failing: Mailer = { send: async () => Promise.reject(new Error('421 service not available')), close: () => undefined };
    const deps = { db: t.db, clock: t.clock, logger, mailer: failing, publicUrl: PUBLIC_URL };
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
      assert.deepEqual(await sendPendingMail(deps), { claimed: 1, sent: 0, failed: 1 });
      assert.deepEqual(await sendPendingMail(deps), { claimed: 0, sent: 0, failed: 0 }, 'not retried before the lease ends');
      t.clock.advance(16 * 60 * 1000);
    }
    const row = await t.db.selectFrom('notification').select(['email_status', 'email_attempts']).where('account_id', '=', account).where('kind', '=', 'FEEDBACK_RECEIVED').executeTakeFirstOrThrow();
    assert.deepEqual(row, { email_status: 'FAILED', email_attempts: MAX_MAIL_ATTEMPTS });
    assert.deepEqual(await sendPendingMail(deps), { claimed: 0, sent: 0, failed: 0 });
  });
});
