// domain.md §5.2 — Distribution table (as quoted from SE MenPANRB 3/2023):
// | Org predikat     | Sangat Baik              | Baik                     | Butuh Perbaikan           | Kurang/Misconduct      | Sangat Kurang |
// | Istimewa         | "sebagian besar" maks 70%| allowed                  | allowed                   | allowed                | allowed       |
// | Baik             | allowed                  | "sebagian besar" maks 70%| must exist (≥1 employee in BP and/or K/M combined) | (combined with BP) | allowed |
// | Butuh Perbaikan  | maks 10%                 | allowed                  | min 60%                   | allowed                | allowed       |
// | Kurang           | maks 10%                 | allowed                  | min 10%                   | min 60%                | allowed       |
// | Sangat Kurang    | 0% (tidak ada)           | allowed                  | ≥10% combined with K/M    | ≥10% combined with BP  | min 60%       |
// design.md: max = floor(pct·N/100), min = ceil(pct·N/100) in integer arithmetic; "harus ada" = at least one;
// N = 0 is ok; a group too small to satisfy the rules is not ok.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { predikatOrder, type Predikat } from './predikat';
import {
  DISTRIBUSI,
  allowedRanges,
  checkDistribution,
  countPredikat,
  isSatisfiable,
  isSatisfiableWith,
  orgPredikatOrder,
  ruleLimit,
  type OrgPredikat,
} from './kurva';

function counts(partial: Partial<Record<Predikat, number>>): Record<Predikat, number> {
  return { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0, ...partial };
}

describe('checkDistribution — Istimewa: "sebagian besar (maksimal 70%) … Sangat Baik"', () => {
  test('when 7 of 10 are Sangat Baik and the rest anything, then ok', () => {
    assert.deepEqual(checkDistribution('ISTIMEWA', counts({ SANGAT_BAIK: 7, BAIK: 1, KURANG: 1, SANGAT_KURANG: 1 })), {
      ok: true,
      violations: [],
    });
  });

  test('when 8 of 10 are Sangat Baik, then MAX 7 is broken', () => {
    assert.deepEqual(checkDistribution('ISTIMEWA', counts({ SANGAT_BAIK: 8, BAIK: 2 })), {
      ok: false,
      violations: [{ predikat: ['SANGAT_BAIK'], rule: 'MAX', limit: 7, actual: 8 }],
    });
  });

  test('when nobody is Sangat Baik, then ok ("sebagian besar" adds no minimum)', () => {
    assert.equal(checkDistribution('ISTIMEWA', counts({ BAIK: 10 })).ok, true);
  });
});

describe('checkDistribution — Baik: "maksimal 70% … Baik, harus ada … Butuh Perbaikan dan/atau Kurang/misconduct"', () => {
  test('when 7 of 10 are Baik, one Butuh Perbaikan and the rest Sangat Baik, then ok', () => {
    assert.equal(checkDistribution('BAIK', counts({ BAIK: 7, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 })).ok, true);
  });

  test('when the one below Baik is Kurang/Misconduct instead, then ok too (the rule counts both)', () => {
    assert.equal(checkDistribution('BAIK', counts({ BAIK: 7, KURANG: 1, SANGAT_KURANG: 2 })).ok, true);
  });

  test('when nobody is Butuh Perbaikan or Kurang, then REQUIRED names both predikat', () => {
    assert.deepEqual(checkDistribution('BAIK', counts({ BAIK: 7, SANGAT_BAIK: 2, SANGAT_KURANG: 1 })).violations, [
      { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'REQUIRED', limit: 1, actual: 0 },
    ]);
  });

  test('when 10 of 10 are Baik, then both rules are broken, in table order', () => {
    assert.deepEqual(checkDistribution('BAIK', counts({ BAIK: 10 })).violations, [
      { predikat: ['BAIK'], rule: 'MAX', limit: 7, actual: 10 },
      { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'REQUIRED', limit: 1, actual: 0 },
    ]);
  });
});

// Issue #6 acceptance: "a penilai rates a team of five under an org predikat of Baik; … at most 3 Baik,
// at least 1 Butuh Perbaikan or Kurang". The table agrees: floor(70·5/100) = floor(3.5) = 3; "harus ada" = 1.
describe('checkDistribution — issue #6: a team of five under Baik', () => {
  test('when five are rated under Baik, then the allowed ranges are at most 3 Baik and at least 1 BP or K', () => {
    assert.deepEqual(allowedRanges('BAIK', 5), [
      { predikat: ['BAIK'], rule: 'MAX', min: 0, max: 3 },
      { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'REQUIRED', min: 1, max: 5 },
    ]);
  });

  test('when 3 Baik, 1 Butuh Perbaikan and 1 Sangat Baik, then ok', () => {
    assert.equal(checkDistribution('BAIK', counts({ BAIK: 3, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1 })).ok, true);
  });

  test('when 4 Baik and 1 Kurang, then MAX 3 is broken', () => {
    assert.deepEqual(checkDistribution('BAIK', counts({ BAIK: 4, KURANG: 1 })).violations, [
      { predikat: ['BAIK'], rule: 'MAX', limit: 3, actual: 4 },
    ]);
  });

  test('when 3 Baik and 2 Sangat Baik, then REQUIRED is broken', () => {
    assert.deepEqual(checkDistribution('BAIK', counts({ BAIK: 3, SANGAT_BAIK: 2 })).violations, [
      { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'REQUIRED', limit: 1, actual: 0 },
    ]);
  });
});

describe('checkDistribution — Butuh Perbaikan: "minimal 60% … Butuh Perbaikan … Sangat Baik (maksimal 10%)"', () => {
  test('when 6 of 10 are Butuh Perbaikan and 1 Sangat Baik, then ok', () => {
    assert.equal(checkDistribution('BUTUH_PERBAIKAN', counts({ BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 2, KURANG: 1 })).ok, true);
  });

  test('when only 5 of 10 are Butuh Perbaikan and 2 Sangat Baik, then MIN 6 and MAX 1 are broken', () => {
    assert.deepEqual(checkDistribution('BUTUH_PERBAIKAN', counts({ BUTUH_PERBAIKAN: 5, SANGAT_BAIK: 2, BAIK: 3 })).violations, [
      { predikat: ['SANGAT_BAIK'], rule: 'MAX', limit: 1, actual: 2 },
      { predikat: ['BUTUH_PERBAIKAN'], rule: 'MIN', limit: 6, actual: 5 },
    ]);
  });
});

describe('checkDistribution — Kurang: "minimal 60% … Kurang/misconduct, minimal 10% … Butuh Perbaikan … Sangat Baik (maksimal 10%)"', () => {
  test('when 6 of 10 are Kurang, 1 Butuh Perbaikan, 1 Sangat Baik, then ok', () => {
    assert.equal(checkDistribution('KURANG', counts({ KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 1, SANGAT_KURANG: 1 })).ok, true);
  });

  test('when 5 Kurang, no Butuh Perbaikan and 2 Sangat Baik of 10, then all three rules are broken', () => {
    assert.deepEqual(checkDistribution('KURANG', counts({ KURANG: 5, SANGAT_BAIK: 2, BAIK: 3 })).violations, [
      { predikat: ['SANGAT_BAIK'], rule: 'MAX', limit: 1, actual: 2 },
      { predikat: ['BUTUH_PERBAIKAN'], rule: 'MIN', limit: 1, actual: 0 },
      { predikat: ['KURANG'], rule: 'MIN', limit: 6, actual: 5 },
    ]);
  });
});

describe('checkDistribution — Sangat Kurang: "minimal 60% … Sangat kurang … minimal 10% … Kurang/misconduct dan/atau Butuh Perbaikan … tidak ada … Sangat Baik"', () => {
  test('when 6 of 10 are Sangat Kurang, 1 Kurang and 3 Baik, then ok', () => {
    assert.equal(checkDistribution('SANGAT_KURANG', counts({ SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 })).ok, true);
  });

  test('when the 10% is a Butuh Perbaikan instead, then ok too (the rule counts both)', () => {
    assert.equal(checkDistribution('SANGAT_KURANG', counts({ SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 })).ok, true);
  });

  test('when one is Sangat Baik, then NONE with limit 0 is broken', () => {
    assert.deepEqual(checkDistribution('SANGAT_KURANG', counts({ SANGAT_KURANG: 6, KURANG: 1, SANGAT_BAIK: 1, BAIK: 2 })).violations, [
      { predikat: ['SANGAT_BAIK'], rule: 'NONE', limit: 0, actual: 1 },
    ]);
  });

  test('when 5 Sangat Kurang and 5 Baik, then both minimums are broken', () => {
    assert.deepEqual(checkDistribution('SANGAT_KURANG', counts({ SANGAT_KURANG: 5, BAIK: 5 })).violations, [
      { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'MIN', limit: 1, actual: 0 },
      { predikat: ['SANGAT_KURANG'], rule: 'MIN', limit: 6, actual: 5 },
    ]);
  });
});

describe('the curve table as data', () => {
  test('when the table is read, then every row of SE 3/2023 is encoded exactly once', () => {
    assert.deepEqual(Object.keys(DISTRIBUSI), [...orgPredikatOrder]);
    assert.deepEqual(DISTRIBUSI, {
      ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], rule: 'MAX', pct: 70 }],
      BAIK: [
        { predikat: ['BAIK'], rule: 'MAX', pct: 70 },
        { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'REQUIRED' },
      ],
      BUTUH_PERBAIKAN: [
        { predikat: ['SANGAT_BAIK'], rule: 'MAX', pct: 10 },
        { predikat: ['BUTUH_PERBAIKAN'], rule: 'MIN', pct: 60 },
      ],
      KURANG: [
        { predikat: ['SANGAT_BAIK'], rule: 'MAX', pct: 10 },
        { predikat: ['BUTUH_PERBAIKAN'], rule: 'MIN', pct: 10 },
        { predikat: ['KURANG'], rule: 'MIN', pct: 60 },
      ],
      SANGAT_KURANG: [
        { predikat: ['SANGAT_BAIK'], rule: 'NONE' },
        { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'MIN', pct: 10 },
        { predikat: ['SANGAT_KURANG'], rule: 'MIN', pct: 60 },
      ],
    });
  });
});

describe('group sizes — rounding', () => {
  // In floating point 0.7 × 90 = 62.999…, 0.7 × 170 = 118.999…, 0.7 × 180 = 125.999… (floor would lose one).
  // 10% and 60% have no such size (checked up to N = 100 000), so their cases pin exact multiples instead.
  for (const [n, max] of [[90, 63], [170, 119], [180, 126]] as const) {
    test(`when ${n} pegawai are under Istimewa, then ${max} may be Sangat Baik (70% exactly), not ${max - 1}`, () => {
      assert.equal(checkDistribution('ISTIMEWA', counts({ SANGAT_BAIK: max, BAIK: n - max })).ok, true);
      assert.deepEqual(checkDistribution('ISTIMEWA', counts({ SANGAT_BAIK: max + 1, BAIK: n - max - 1 })).violations, [
        { predikat: ['SANGAT_BAIK'], rule: 'MAX', limit: max, actual: max + 1 },
      ]);
    });
  }

  test('when 90 pegawai are under Baik, then at most 63 Baik', () => {
    assert.deepEqual(allowedRanges('BAIK', 90)[0], { predikat: ['BAIK'], rule: 'MAX', min: 0, max: 63 });
  });

  test('when a percentage of N is whole, then min and max are exactly it; otherwise max rounds down and min up', () => {
    const [maxSb, minBp] = DISTRIBUSI.BUTUH_PERBAIKAN;
    assert.ok(maxSb && minBp);
    // 60% of 5 = 3, of 90 = 54, of 7 = 4.2 → 5; 10% of 10 = 1, of 9 = 0.9 → max 0.
    assert.deepEqual([5, 90, 7].map((n) => ruleLimit(minBp, n)), [3, 54, 5]);
    assert.deepEqual([10, 20, 9, 19].map((n) => ruleLimit(maxSb, n)), [1, 2, 0, 1]);
    const minBpKurang = DISTRIBUSI.KURANG[1];
    assert.ok(minBpKurang);
    assert.deepEqual([1, 9, 10, 11].map((n) => ruleLimit(minBpKurang, n)), [1, 1, 1, 2]);
  });

  test('when the group size is negative or fractional, then RangeError', () => {
    assert.throws(() => allowedRanges('BAIK', -1), RangeError);
    assert.throws(() => allowedRanges('BAIK', 2.5), RangeError);
  });
});

describe('group sizes — small and empty groups', () => {
  test('when the group is empty, then every curve is ok', () => {
    for (const org of orgPredikatOrder) assert.deepEqual(checkDistribution(org, counts({})), { ok: true, violations: [] });
  });

  test('when one pegawai is under Istimewa, then they cannot be Sangat Baik (70% of 1 rounds down to 0)', () => {
    assert.equal(checkDistribution('ISTIMEWA', counts({ SANGAT_BAIK: 1 })).ok, false);
    assert.equal(checkDistribution('ISTIMEWA', counts({ BAIK: 1 })).ok, true);
  });

  test('when one pegawai is under Baik, then they must be Butuh Perbaikan or Kurang', () => {
    assert.equal(checkDistribution('BAIK', counts({ BAIK: 1 })).ok, false);
    assert.equal(checkDistribution('BAIK', counts({ BUTUH_PERBAIKAN: 1 })).ok, true);
  });

  test('when two pegawai are under Baik, then at most one is Baik and one is Butuh Perbaikan or Kurang', () => {
    assert.deepEqual(
      allowedRanges('BAIK', 2).map((r) => [r.min, r.max]),
      [[0, 1], [1, 2]],
    );
  });

  test('when three pegawai are under Sangat Kurang, then exactly 2 Sangat Kurang and 1 Butuh Perbaikan/Kurang fit', () => {
    assert.equal(checkDistribution('SANGAT_KURANG', counts({ SANGAT_KURANG: 2, KURANG: 1 })).ok, true);
    assert.equal(checkDistribution('SANGAT_KURANG', counts({ SANGAT_KURANG: 2, BAIK: 1 })).ok, false);
  });

  // Σ of the minimums: Kurang needs ceil(10%·N) + ceil(60%·N), Sangat Kurang the same; the others need ≤ 1.
  const satisfiable: Record<OrgPredikat, boolean[]> = {
    //               N = 1     2      3     5
    ISTIMEWA: [true, true, true, true],
    BAIK: [true, true, true, true],
    BUTUH_PERBAIKAN: [true, true, true, true],
    KURANG: [false, false, true, true],
    SANGAT_KURANG: [false, false, true, true],
  };
  for (const org of orgPredikatOrder) {
    test(`when groups of 1, 2, 3 and 5 are under ${org}, then satisfiable is ${satisfiable[org].join('/')}`, () => {
      assert.deepEqual([1, 2, 3, 5].map((n) => isSatisfiable(org, n)), satisfiable[org]);
    });
  }

  test('when a group of 2 is under Kurang, then no spread at all is ok (≥1 Butuh Perbaikan and ≥2 Kurang)', () => {
    for (const spread of spreads(2)) assert.equal(checkDistribution('KURANG', spread).ok, false);
  });

  test('when every spread of up to 12 pegawai is checked, then isSatisfiable and allowedRanges agree with checkDistribution', () => {
    for (const org of orgPredikatOrder) {
      for (let n = 0; n <= 12; n += 1) {
        const ranges = allowedRanges(org, n);
        let anyOk = false;
        for (const spread of spreads(n)) {
          const inRanges = ranges.every((r) => {
            const actual = r.predikat.reduce((total, p) => total + spread[p], 0);
            return actual >= r.min && actual <= r.max;
          });
          const { ok } = checkDistribution(org, spread);
          assert.equal(ok, inRanges, `${org} ${JSON.stringify(spread)}`);
          anyOk ||= ok;
        }
        assert.equal(isSatisfiable(org, n), anyOk, `${org} n=${n}`);
      }
    }
  });
});

describe('isSatisfiableWith — unit heads whose predikat the curve may not move (§3.4)', () => {
  test('when five unit heads are all Baik under an organisation predikat of Baik, then the curve cannot be met without rating one of them down', () => {
    assert.equal(isSatisfiable('BAIK', 5), true);
    assert.equal(isSatisfiableWith('BAIK', 5, counts({ BAIK: 5 })), false);
  });

  test('when two of five are fixed Baik, then the other three can still be spread to fit', () => {
    assert.equal(isSatisfiableWith('BAIK', 5, counts({ BAIK: 2 })), true);
  });

  test('when every spread of up to 7 pegawai with every fixed part is checked, then isSatisfiableWith agrees with checkDistribution', () => {
    for (const org of orgPredikatOrder) {
      for (let n = 0; n <= 7; n += 1) {
        for (let k = 0; k <= n; k += 1) {
          for (const fixed of spreads(k)) {
            let anyOk = false;
            for (const free of spreads(n - k)) {
              const total = Object.fromEntries(predikatOrder.map((p) => [p, fixed[p] + free[p]])) as Record<Predikat, number>;
              if (checkDistribution(org, total).ok) {
                anyOk = true;
                break;
              }
            }
            assert.equal(isSatisfiableWith(org, n, fixed), anyOk, `${org} n=${n} fixed=${JSON.stringify(fixed)}`);
          }
        }
      }
    }
  });
});

describe('input checks and helpers', () => {
  test('when a count is negative, fractional or missing, then RangeError', () => {
    assert.throws(() => checkDistribution('BAIK', counts({ BAIK: -1 })), RangeError);
    assert.throws(() => checkDistribution('BAIK', counts({ BAIK: 1.5 })), RangeError);
    assert.throws(() => checkDistribution('BAIK', { BAIK: 1 } as Record<Predikat, number>), RangeError);
  });

  test('when the organisation predikat is unknown, then RangeError', () => {
    assert.throws(() => checkDistribution('CUKUP' as OrgPredikat, counts({ BAIK: 1 })), RangeError);
    assert.throws(() => allowedRanges('constructor' as OrgPredikat, 1), RangeError);
  });

  test('when a list of predikat is counted, then every predikat has a count, zero included', () => {
    assert.deepEqual(countPredikat(['BAIK', 'BAIK', 'KURANG']), counts({ BAIK: 2, KURANG: 1 }));
    assert.throws(() => countPredikat(['toString' as Predikat]), RangeError);
  });
});

/** Every way to spread n pegawai over the five predikat. */
function* spreads(n: number): Generator<Record<Predikat, number>> {
  function* place(index: number, left: number, acc: number[]): Generator<number[]> {
    if (index === predikatOrder.length - 1) {
      yield [...acc, left];
      return;
    }
    for (let k = 0; k <= left; k += 1) yield* place(index + 1, left - k, [...acc, k]);
  }
  for (const values of place(0, n, [])) {
    yield Object.fromEntries(predikatOrder.map((p, i) => [p, values[i] ?? 0])) as Record<Predikat, number>;
  }
}
