import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { suggestUnits } from '../../../../src/lib/azure';
import { amount, sum } from '../../../../src/lib/core/money';
import { TIMEOUT, openKeys as keys, planStart as asOf, spend } from '../../../support/arbitraries';

describe('Azure credit: invariants', () => {
  test('following the suggestion leaves nothing suspended within the plan', () => {
    fc.assert(
      fc.property(asOf.chain((start) => fc.tuple(fc.constant(start), spend, keys(start))), ([start, s, k]) => {
        const { plan } = suggestUnits(start, { spend: s, keys: k, threshold: null });
        expect(sum(plan.months.map((m) => amount(m.unmet))).toFixed(2)).toBe('0.00');
      }),
      { numRuns: 300 },
    );
  }, TIMEOUT);
});
