import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planGrant, planOpen, suggestUnits, type OpenKey } from '../../../../src/lib/azure';
import { addMonths } from '../../../../src/lib/core/dates';
import { amount, sum } from '../../../../src/lib/core/money';
import { isoDate } from '../../../support/arbitraries';

const money = fc.integer({ min: 0, max: 500_000 }).map((cents) => (cents / 100).toFixed(2));
const spend = fc.oneof(money.map((m) => [m]), fc.array(money, { minLength: 12, maxLength: 12 }));
const asOf = isoDate('2024-01-01', '2030-12-31');
const keys = (start: string) =>
  fc.array(
    fc.record({ units: fc.integer({ min: 1, max: 60 }), purchasedOffset: fc.integer({ min: -400, max: 400 }), activationDelay: fc.integer({ min: 0, max: 500 }) }),
    { maxLength: 6 },
  ).map((list): OpenKey[] =>
    list.map(({ units, purchasedOffset, activationDelay }) => {
      const purchased = new Date(Date.parse(`${start}T00:00:00Z`) + purchasedOffset * 86_400_000).toISOString().slice(0, 10);
      const activated = new Date(Date.parse(`${purchased}T00:00:00Z`) + activationDelay * 86_400_000).toISOString().slice(0, 10);
      return { units, purchased, activated };
    }),
  );

const RUNS = { numRuns: 1000 };

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
  });

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
  });

  test('following the suggestion leaves nothing suspended within the plan', () => {
    fc.assert(
      fc.property(asOf.chain((start) => fc.tuple(fc.constant(start), spend, keys(start))), ([start, s, k]) => {
        const { plan } = suggestUnits(start, { spend: s, keys: k, threshold: null });
        expect(sum(plan.months.map((m) => amount(m.unmet))).toFixed(2)).toBe('0.00');
      }),
      { numRuns: 300 },
    );
  });
});
