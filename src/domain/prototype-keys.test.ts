// Lookups keyed by text that came from a request never reach Object.prototype (issue #16, point 6).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextComplaintStatus, type ComplaintAction } from './complaint-workflow';
import { nextEvaluationStatus, type EvaluationAction } from './evaluation-workflow';
import { nextSkpStatus, type SkpAction } from './skp-workflow';
import { complaintDeadlines, type ComplaintCategory } from './sla';

const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('workflow and SLA tables', () => {
  test('when an action is a name on Object.prototype, then no workflow allows it (null, no crash)', () => {
    for (const key of PROTOTYPE_KEYS) {
      assert.equal(nextSkpStatus('DRAFT', key as SkpAction), null, key);
      assert.equal(nextEvaluationStatus('DRAFT' as never, key as EvaluationAction), null, key);
      assert.equal(nextComplaintStatus('BARU' as never, key as ComplaintAction), null, key);
    }
  });

  test('when a complaint category is a name on Object.prototype, then it is an unknown category (RangeError)', () => {
    const calendar = { dayKind: 'calendar' as const, holidays: new Set<string>() };
    for (const key of PROTOTYPE_KEYS) assert.throws(() => complaintDeadlines(new Date('2026-03-02T03:00:00Z'), key as ComplaintCategory, calendar), RangeError, key);
  });
});
