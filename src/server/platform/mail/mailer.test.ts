import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import { createMailer } from './mailer';

test('when SMTP_URL is not set, then a message goes to the log and sending succeeds', async () => {
  const lines: { msg: string; mail?: { to: string; subject: string } }[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
  for (const smtpUrl of [undefined, '  ']) {
    const mailer = createMailer({ smtpUrl, mailFrom: 'Kinerja <kinerja@localhost>' }, logger);
    await mailer.send({ to: 'siti@solok.test', subject: 'Pengingat', text: 'Isi' });
    mailer.close();
  }
  assert.equal(lines.length, 2);
  assert.deepEqual(lines[0]!.mail, { to: 'siti@solok.test', subject: 'Pengingat', text: 'Isi' });
});

test('when the SMTP server cannot be reached, then send rejects instead of hanging', async () => {
  const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:1?connectionTimeout=2000', mailFrom: 'Kinerja <kinerja@localhost>' }, pino({ level: 'silent' }));
  await assert.rejects(mailer.send({ to: 'siti@solok.test', subject: 'x', text: 'y' }));
  mailer.close();
});
