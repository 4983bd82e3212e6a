import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { createAccount, createInstansi } from '../../../../test/support/fixtures';
import { startPrivatePostgres, type PrivatePostgres } from '../../../../test/support/private-postgres';
import { testDatabaseKind } from '../../../../test/support/test-database';
import { manualClock } from '../../platform/clock';
import { openDatabase, type DatabaseHandle } from '../../platform/db/database';
import { migrateToLatest } from '../../platform/db/migrate';
import { createScheduler } from '../../platform/jobs/scheduler';
import { createMailer } from '../../platform/mail/mailer';
import { sendPendingMail } from './mail.job';

/*
 * The job runner and the mail sender when the database goes away under them (a private
 * PostgreSQL cluster, stopped and started for real): the job is retried on its next turn, and
 * an e-mail the SMTP server accepted is never sent a second time.
 */
const logger = pino({ level: 'silent' });
let pg: PrivatePostgres;
let database: DatabaseHandle;
let smtp: SMTPServer;
let smtpPort: number;
const received: string[] = [];
let onMail: () => Promise<void> = async () => undefined;

describe('jobs while the database restarts', { skip: testDatabaseKind() === 'postgres' ? false : 'runs in the PostgreSQL pass of npm test' }, () => {
  before(async () => {
    pg = await startPrivatePostgres();
    database = await openDatabase({ kind: 'postgres', url: pg.url }, { poolSize: 2 });
    await migrateToLatest(database.db);
    await createInstansi(database.db, 'UJI', 'Instansi Uji');
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          received.push(session.envelope.rcptTo.map((r) => r.address).join(','));
          void onMail().then(() => callback());
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });

  after(async () => {
    await database?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await pg?.destroy();
  });

  test('when a job loses its connection mid-run, then the same process runs it again on its next turn, not after the lock expires', async () => {
    const clock = manualClock(new Date('2026-03-02T01:00:00.000Z'));
    let runs = 0;
    const scheduler = createScheduler({
      db: database.db,
      clock,
      logger,
      holder: 'server-1',
      jobs: [{ name: 'outage-job', everyMs: 60_000, async run() {
        runs += 1;
        if (runs === 1) {
          await pg.stop();
          await database.db.selectFrom('instansi').select('id').execute();
        }
      } }],
    });
    assert.equal(await scheduler.runOnce('outage-job'), true, 'the first turn took the lock and failed');
    await pg.start();
    clock.advance(60_000);
    assert.equal(await scheduler.runOnce('outage-job'), true, 'the next turn runs again');
    assert.equal(runs, 2);
    const lock = await database.db.selectFrom('job_lock').select(['holder', 'last_run_at']).where('name', '=', 'outage-job').executeTakeFirstOrThrow();
    assert.equal(lock.holder, 'server-1');
    assert.ok(lock.last_run_at, 'the second run completed and was recorded');
  });

  test('when the database goes away right after SMTP accepted a message, then it is marked sent once it is back and never sent again', async () => {
    const accountId = await createAccount(database.db, { login: 'penerima', roles: ['PEGAWAI'] });
    await database.db.insertInto('notification').values({ account_id: accountId, kind: 'TEST', title: 'Uji', body: 'Isi', link: null, dedupe_key: null, email_to: 'penerima@solok.test', email_status: 'PENDING' }).execute();
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, mailFrom: 'Kinerja <kinerja@solok.test>' }, logger);
    const clock = manualClock(new Date('2026-03-02T02:00:00.000Z'));
    // The database stops as the message is accepted, and comes back two seconds later.
    onMail = async () => {
      onMail = async () => undefined;
      await pg.stop();
      setTimeout(() => void pg.start(), 2_000);
    };
    try {
      const result = await sendPendingMail({ db: database.db, clock, logger, mailer, publicUrl: 'https://kinerja.solok.test' });
      assert.deepEqual({ sent: result.sent, failed: result.failed }, { sent: 1, failed: 0 });
      const row = await database.db.selectFrom('notification').select(['email_status']).where('account_id', '=', accountId).executeTakeFirstOrThrow();
      assert.equal(row.email_status, 'SENT');
      // Long after the lease: nothing is left to send.
      clock.advance(24 * 60 * 60 * 1000);
      const again = await sendPendingMail({ db: database.db, clock, logger, mailer, publicUrl: 'https://kinerja.solok.test' });
      assert.equal(again.claimed, 0);
      await sleep(100);
      assert.deepEqual(received.filter((to) => to === 'penerima@solok.test'), ['penerima@solok.test'], 'sent exactly once');
    } finally {
      mailer.close();
    }
  });
});
