import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { coreValueCodes } from '../../../domain/berakhlak';
import { aggregate360, releasableStep } from './feedback360-aggregate';

const all = (n: number) => Object.fromEntries(coreValueCodes.map((c) => [c, n]));

describe('aggregate360', () => {
  test('when three raters scored, then each value has its mean to two decimals, count and 1..5 distribution, in BerAKHLAK order', () => {
    const result = aggregate360([
      { scores: { ...all(4), ADAPTIF: 5 }, comments: {} },
      { scores: all(5), comments: {} },
      { scores: { ...all(3), ADAPTIF: 1 }, comments: {} },
    ]);
    assert.deepEqual(result.perValue.map((v) => v.code), coreValueCodes);
    assert.deepEqual(result.perValue.find((v) => v.code === 'ADAPTIF'), { code: 'ADAPTIF', name: 'Adaptif', mean: 3.67, count: 3, distribution: [1, 0, 0, 0, 2] });
    assert.equal(result.perValue[0]!.mean, 4);
    assert.equal(result.answered, 3);
  });

  test('when comments come in any order, then they are sorted by value then text, blank and unknown ones dropped', () => {
    const a = { scores: all(3), comments: { KOLABORATIF: 'b', AKUNTABEL: 'z', LOYAL: '  ' } };
    const b = { scores: all(3), comments: { KOLABORATIF: 'a', RAHASIA: 'siapa saya' } };
    const expected = [{ code: 'AKUNTABEL', text: 'z' }, { code: 'KOLABORATIF', text: 'a' }, { code: 'KOLABORATIF', text: 'b' }];
    assert.deepEqual(aggregate360([a, b]).comments, expected);
    assert.deepEqual(aggregate360([b, a]).comments, expected, 'the order of answers does not show');
  });

  test('when a stored score is off the scale, then it is not counted', () => {
    const result = aggregate360([{ scores: { ...all(4), LOYAL: 9 }, comments: {} }]);
    assert.deepEqual(result.perValue.find((v) => v.code === 'LOYAL'), { code: 'LOYAL', name: 'Loyal', mean: 0, count: 0, distribution: [0, 0, 0, 0, 0] });
  });
});

describe('when the aggregate may be shown', () => {
  let next = 0;
  const pending = (viaLink: boolean) => ({ id: String((next += 1)), viaLink });

  test('when three colleagues\' answers are pending, then all pending answers are released as one step; two are not enough', () => {
    assert.deepEqual(releasableStep([pending(false), pending(false)]), []);
    const three = [pending(false), pending(false), pending(false)];
    assert.deepEqual(releasableStep(three), three.map((p) => p.id));
  });

  test('when answers come through service-user links the penilai handed out, then they do not make up the three but ride along with a step', () => {
    assert.deepEqual(releasableStep([pending(false), pending(false), pending(true), pending(true)]), []);
    const step = [pending(false), pending(true), pending(false), pending(false)];
    assert.deepEqual(releasableStep(step), step.map((p) => p.id));
  });
});
