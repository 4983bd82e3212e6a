import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedEvaluationActions, areRatingsEditable, evaluationStatuses, isSelfAssessmentOpen, nextEvaluationStatus } from './evaluation-workflow';

describe('the evaluation workflow', () => {
  test('when the penilai rates, then a draft or rated evaluation becomes DINILAI and nothing later can be rated', () => {
    assert.equal(nextEvaluationStatus('DRAFT', 'rate'), 'DINILAI');
    assert.equal(nextEvaluationStatus('DINILAI', 'rate'), 'DINILAI');
    for (const status of ['DIFINALISASI', 'DITERIMA', 'KEBERATAN', 'DIPUTUS'] as const) assert.equal(nextEvaluationStatus(status, 'rate'), null);
  });

  test('when finalised, then the pegawai may accept or object, and only an objection reaches the atasan penilai', () => {
    assert.equal(nextEvaluationStatus('DINILAI', 'finalise'), 'DIFINALISASI');
    assert.equal(nextEvaluationStatus('DRAFT', 'finalise'), null);
    assert.equal(nextEvaluationStatus('DIFINALISASI', 'acknowledge'), 'DITERIMA');
    assert.equal(nextEvaluationStatus('DIFINALISASI', 'object'), 'KEBERATAN');
    assert.equal(nextEvaluationStatus('DITERIMA', 'object'), null);
    assert.equal(nextEvaluationStatus('KEBERATAN', 'decide'), 'DIPUTUS');
    assert.equal(nextEvaluationStatus('DIPUTUS', 'decide'), null, 'the decision is final');
  });

  test('when each status is asked, then ratings are editable only before finalisation and penilaian diri only before rating', () => {
    assert.deepEqual(evaluationStatuses.filter(areRatingsEditable), ['DRAFT', 'DINILAI']);
    assert.deepEqual(evaluationStatuses.filter(isSelfAssessmentOpen), ['DRAFT']);
  });

  test('when the actors are known, then each may take only their own actions', () => {
    assert.deepEqual(allowedEvaluationActions('DIFINALISASI', new Set(['owner'])), ['acknowledge', 'object']);
    assert.deepEqual(allowedEvaluationActions('DIFINALISASI', new Set(['penilai', 'atasanPenilai'])), []);
    assert.deepEqual(allowedEvaluationActions('KEBERATAN', new Set(['atasanPenilai'])), ['decide']);
    assert.deepEqual(allowedEvaluationActions('DINILAI', new Set(['penilai'])), ['rate', 'finalise']);
  });
});
