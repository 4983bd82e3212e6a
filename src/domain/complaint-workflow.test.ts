// Issue #7: "diterima → didisposisikan to a pegawai → first response → selesai (or ditolak with reason)".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedComplaintActions, isClosed, nextComplaintStatus } from './complaint-workflow';

describe('the complaint workflow', () => {
  test('when a complaint goes the whole way, then diterima → didisposisikan → ditanggapi → selesai', () => {
    assert.equal(nextComplaintStatus('DITERIMA', 'assign'), 'DIDISPOSISIKAN');
    assert.equal(nextComplaintStatus('DIDISPOSISIKAN', 'respond'), 'DITANGGAPI');
    assert.equal(nextComplaintStatus('DITANGGAPI', 'respond'), 'DITANGGAPI');
    assert.equal(nextComplaintStatus('DITANGGAPI', 'resolve'), 'SELESAI');
  });

  test('when a complaint is closed, then nothing more happens to it', () => {
    for (const closed of ['SELESAI', 'DITOLAK'] as const) {
      assert.equal(isClosed(closed), true);
      for (const action of ['assign', 'respond', 'resolve', 'reject'] as const) assert.equal(nextComplaintStatus(closed, action), null);
    }
  });

  test('when a complaint was answered, then it is not dispatched again', () => {
    assert.equal(nextComplaintStatus('DITANGGAPI', 'assign'), null);
  });

  test('when the head or the assignee asks what they may do, then only the head dispatches and both answer', () => {
    assert.deepEqual(allowedComplaintActions('DITERIMA', new Set(['head'])), ['assign', 'respond', 'resolve', 'reject']);
    assert.deepEqual(allowedComplaintActions('DIDISPOSISIKAN', new Set(['assignee'])), ['respond', 'resolve', 'reject']);
    assert.deepEqual(allowedComplaintActions('SELESAI', new Set(['head', 'assignee'])), []);
    assert.deepEqual(allowedComplaintActions('DITERIMA', new Set()), []);
  });
});
