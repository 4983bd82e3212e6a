import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase } from '../../../test/support/test-database';
import { verifyPassword } from '../platform/auth/password';
import type { Db } from '../platform/db/database';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';
import { buildOrganisation } from './org-build';

let db: Db;
let drop: () => Promise<void>;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-seed-'));
const org = buildOrganisation(demoAccounts);

before(async () => {
  const created = await createTestDatabase(dataDir);
  db = created.database.db;
  drop = created.drop;
});
after(async () => {
  await drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const count = async (table: 'unit_kerja' | 'jabatan' | 'pegawai' | 'penempatan' | 'account' | 'official' | 'atasan_override') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('the seeded Kota Solok demo', () => {
  test('when the tables are counted, then they hold the built organisation and an account per pegawai', async () => {
    assert.equal(await count('unit_kerja'), org.units.length);
    assert.equal(await count('jabatan'), org.jabatan.length);
    assert.equal(await count('pegawai'), org.pegawai.length);
    assert.equal(await count('penempatan'), org.placements.length);
    assert.equal(await count('account'), org.pegawai.length + demoAccounts.filter((a) => !/^\d{18}$/.test(a.login)).length);
    assert.equal(await count('atasan_override'), 1);
  });

  test('when a bulk pegawai signs in, then the shared demo password matches their account', async () => {
    const someone = org.pegawai.find((p) => !demoAccounts.some((a) => a.login === p.nip))!;
    const account = await db.selectFrom('account').select(['password_hash', 'pegawai_id']).where('login', '=', someone.nip).executeTakeFirstOrThrow();
    assert.ok(account.pegawai_id);
    assert.ok(await verifyPassword(account.password_hash, DEMO_PASSWORD));
  });

  test('when roles are read, then admin OPD accounts are scoped to their OPD and officials are linked', async () => {
    const scoped = await db
      .selectFrom('account_role as r')
      .innerJoin('account as a', 'a.id', 'r.account_id')
      .innerJoin('unit_kerja as u', 'u.id', 'r.opd_id')
      .select(['a.login', 'u.code', 'u.is_opd'])
      .where('r.role', '=', 'ADMIN_OPD')
      .execute();
    assert.deepEqual(scoped.map((r) => [r.login, r.code, r.is_opd]).sort(), demoAccounts.filter((a) => a.opd).map((a) => [a.login, a.opd, true]).sort());
    const officials = await db.selectFrom('official as o').innerJoin('account as a', 'a.id', 'o.account_id').select(['o.title', 'a.login']).orderBy('o.title').execute();
    assert.deepEqual(officials, [{ title: 'WAKIL_WALI_KOTA', login: 'wakilwalikota' }, { title: 'WALI_KOTA', login: 'walikota' }]);
  });

  test('when the audit log is read, then the seed wrote one row per demo account and one for the organisation', async () => {
    const rows = await db.selectFrom('audit_log').select(['action', 'data']).orderBy('seq').execute();
    assert.equal(rows.filter((r) => r.action === 'account.created').length, demoAccounts.length);
    const summary = rows.filter((r) => r.action === 'seed.organisation');
    assert.equal(summary.length, 1);
    assert.equal(summary[0]!.data.pegawai, org.pegawai.length);
  });
});
