import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planPeriods } from './periods';

// domain.md §1.2: periodic measurement "setiap bulan, triwulanan …"; form header "TRIWULAN I/II/III/IV".
test('when a year is quarterly, then it has Triwulan I–IV covering the year without gaps', () => {
  const periods = planPeriods(2026, 'quarterly');
  assert.deepEqual(periods.map((p) => [p.name, p.startsOn, p.endsOn]), [
    ['Triwulan I 2026', '2026-01-01', '2026-03-31'],
    ['Triwulan II 2026', '2026-04-01', '2026-06-30'],
    ['Triwulan III 2026', '2026-07-01', '2026-09-30'],
    ['Triwulan IV 2026', '2026-10-01', '2026-12-31'],
  ]);
  assert.equal(periods[0]!.realisationCloses, '2026-04-05');
  assert.equal(periods[3]!.evaluationCloses, '2027-01-15');
});

test('when a year is monthly, then February ends on the 28th or, in a leap year, the 29th', () => {
  assert.equal(planPeriods(2026, 'monthly')[1]!.endsOn, '2026-02-28');
  assert.equal(planPeriods(2028, 'monthly')[1]!.endsOn, '2028-02-29');
  assert.equal(planPeriods(2028, 'monthly').length, 12);
});

test('when the year is not a sensible year, then RangeError', () => {
  assert.throws(() => planPeriods(1999, 'monthly'), RangeError);
});
