import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planGrant } from '../../../../src/lib/azure';
import { addMonths } from '../../../../src/lib/core/dates';
import { amount } from '../../../../src/lib/core/money';
import { RUNS, TIMEOUT, money, planStart as asOf, spend } from '../../../support/arbitraries';

describe('Azure credit: invariants', () => {
  test('grant: credit used + expired + remaining = credit granted; the billed amount is never negative', () => {
    fc.assert(
      fc.property(asOf, spend, fc.integer({ min: -30, max: 30 }), money, (start, s, shift, usedSoFar) => {
        const plan = planGrant(start, { start: addMonths(start, shift), usedSoFar, spend: s });
        const { credit, used, expired, remaining, billed } = plan.totals;
        expect(amount(used).plus(amount(expired)).plus(amount(remaining)).toFixed(2)).toBe(credit);
        expect(amount(billed).isNegative()).toBe(false);
        for (const m of plan.months) {
          expect(amount(m.billed).isNegative()).toBe(false);
          expect(amount(m.used).plus(amount(m.billed)).toFixed(2)).toBe(m.spend);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});
