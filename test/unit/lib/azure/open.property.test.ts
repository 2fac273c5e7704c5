import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planOpen } from '../../../../src/lib/azure';
import { amount } from '../../../../src/lib/core/money';
import { RUNS, TIMEOUT, openKeys as keys, planStart as asOf, spend } from '../../../support/arbitraries';

describe('Azure credit: invariants', () => {
  test('Azure in Open: credit used + expired + remaining = credit bought, to the cent; nothing negative', () => {
    fc.assert(
      fc.property(asOf.chain((start) => fc.tuple(fc.constant(start), spend, keys(start))), ([start, s, k]) => {
        const plan = planOpen(start, { spend: s, keys: k, threshold: null });
        const { bought, used, expired, remaining } = plan.totals;
        expect(amount(used).plus(amount(expired)).plus(amount(remaining)).toFixed(2)).toBe(bought);
        for (const m of plan.months) {
          for (const value of [m.used, m.expired, m.unmet, m.balance]) expect(amount(value).isNegative()).toBe(false);
          expect(amount(m.used).plus(amount(m.unmet)).toFixed(2)).toBe(m.spend);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});
