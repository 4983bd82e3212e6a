import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { coreValueCodes } from '../../../domain/berakhlak';
import { demoLogins } from '../../seed/demo-accounts';
import type { TestApp, TestClient } from '../../../../test/support/test-app';

export interface Person {
  pegawaiId: string;
  nip: string;
  name: string;
  client: TestClient;
}

/**
 * The demo's Puskesmas Tanah Garam: the perawat is the subject, her pejabat penilai is the head of
 * the puskesmas, the Kepala Dinas Kesehatan is atasan penilai; raters are four colleagues under the
 * same penilai, read from penilai_chain (the highest ids, far from the ids of rows tests create).
 */
export async function pickPeople(t: TestApp) {
  const person = async (nip: string): Promise<Person> => {
    const p = await t.db.selectFrom('pegawai').select(['id', 'nip', 'name']).where('nip', '=', nip).executeTakeFirstOrThrow();
    return { pegawaiId: p.id, nip: p.nip, name: p.name, client: await t.signIn(nip) };
  };
  const subject = await person(demoLogins.perawat);
  const penilai = await person(demoLogins.kapusTanahGaram);
  const chain = await t.db.selectFrom('penilai_chain').selectAll().where('pegawai_id', '=', subject.pegawaiId).executeTakeFirstOrThrow();
  assert.equal(chain.penilai_pegawai_id, penilai.pegawaiId, 'the demo perawat is rated by the head of her puskesmas');
  const atasanPenilai = await person(demoLogins.kadinkes);
  assert.equal(chain.atasan_penilai_pegawai_id, atasanPenilai.pegawaiId);
  const colleagues = await t.db
    .selectFrom('penilai_chain as c')
    .innerJoin('pegawai as p', 'p.id', 'c.pegawai_id')
    .select('p.nip')
    .where('c.penilai_pegawai_id', '=', penilai.pegawaiId)
    .where('c.pegawai_id', '!=', subject.pegawaiId)
    .orderBy('c.pegawai_id', 'desc')
    .limit(4)
    .execute();
  assert.equal(colleagues.length, 4);
  const raters = await Promise.all(colleagues.map((c) => person(c.nip)));
  const period = (
    await sql<{ id: string; name: string }>`select pr.id, pr.name from period pr join performance_year y on y.id = pr.year_id
      where y.status = 'OPEN' order by y.year desc, pr.seq limit 1`.execute(t.db)
  ).rows[0];
  assert.ok(period, 'the demo year has periods');
  return { subject, penilai, atasanPenilai, raters, period };
}

/** Scores for all seven values: `base` everywhere, with some overridden. */
export const scores = (base: number, overrides: Record<string, number> = {}) => ({ ...Object.fromEntries(coreValueCodes.map((c) => [c, base])), ...overrides });
