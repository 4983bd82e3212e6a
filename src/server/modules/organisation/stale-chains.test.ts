import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { addDays } from '../../platform/calendar';
import { listInstansiWithStaleChains, refreshPenilaiChains } from './index';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe('the daily chain refresh', () => {
  test('when the chains were computed on the day asked about, then no instansi is stale; a day later, the instansi is, until it is recomputed', async () => {
    const { computed_on: computedOn, instansi_id: instansiId } = await t.db.selectFrom('penilai_chain').select(['computed_on', 'instansi_id']).orderBy('computed_on', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(await listInstansiWithStaleChains(t.db, computedOn), []);
    const nextDay = addDays(computedOn, 1);
    assert.deepEqual(await listInstansiWithStaleChains(t.db, nextDay), [instansiId]);
    await refreshPenilaiChains(t.db, instansiId, nextDay);
    assert.deepEqual(await listInstansiWithStaleChains(t.db, nextDay), []);
  });

  test('when an instansi has no chains at all, then it is stale', async () => {
    const created = await t.db.insertInto('instansi').values({ code: 'BARU', name: 'Instansi baru' }).returning('id').executeTakeFirstOrThrow();
    const { computed_on: computedOn } = await t.db.selectFrom('penilai_chain').select('computed_on').orderBy('computed_on', 'desc').executeTakeFirstOrThrow();
    assert.ok((await listInstansiWithStaleChains(t.db, computedOn)).includes(created.id));
  });
});
