import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../../src/data';
import { QuoteInputError } from '../../../../src/lib/core';
import { quote, type MoneySummary, type QuoteInput } from '../../../../src/lib/pricing';
import { amount, sum } from '../../../../src/lib/core/money';
import { nonprofitOfferOn } from '../../../../src/lib/pricing/prices';
import { quoteInput, seats } from '../../../support/arbitraries';

const RUNS = { numRuns: 1000 };
const MONEY_FIELDS = [
  'nonprofitMonthly', 'nonprofitAnnual', 'commercialMonthly', 'commercialAnnual',
  'savingsMonthly', 'savingsAnnual', 'grantValueMonthly', 'grantValueAnnual',
] as const satisfies readonly (keyof MoneySummary)[];

const byId = new Map(priceBook.products.map((p) => [p.id, p]));

describe('quote: invariants', () => {
  test('lines sum to the totals, to the cent, in every money field', () => {
    fc.assert(
      fc.property(quoteInput, (input) => {
        const q = quote(input);
        for (const field of MONEY_FIELDS) {
          expect(sum(q.lines.map((line) => amount(line[field]))).toFixed(2)).toBe(q.totals[field]);
        }
      }),
      RUNS,
    );
  });

  test('granted seats never exceed the staff seats or the grant in force for the channel', () => {
    fc.assert(
      fc.property(quoteInput, (input) => {
        const q = quote(input);
        q.lines.forEach((line) => {
          const grant = nonprofitOfferOn(byId.get(line.product)!, input.channel, q.priceDate)?.grantSeats.value ?? 0;
          expect(line.grantedSeats).toBeLessThanOrEqual(Math.min(grant, line.staff));
          expect(line.grantedSeats + line.paidSeats + line.unpricedSeats).toBe(line.staff + line.volunteers);
        });
      }),
      RUNS,
    );
  });

  test('on every line the nonprofit cost is at most the commercial cost, and savings are the difference', () => {
    fc.assert(
      fc.property(quoteInput, (input) => {
        for (const line of quote(input).lines) {
          expect(amount(line.nonprofitMonthly).lte(amount(line.commercialMonthly))).toBe(true);
          expect(amount(line.nonprofitAnnual).lte(amount(line.commercialAnnual))).toBe(true);
          expect(amount(line.commercialMonthly).minus(amount(line.nonprofitMonthly)).toFixed(2)).toBe(line.savingsMonthly);
          expect(amount(line.nonprofitMonthly).times(12).toFixed(2)).toBe(line.nonprofitAnnual);
        }
      }),
      RUNS,
    );
  });

  test('the cost never falls when seats are added', () => {
    fc.assert(
      fc.property(quoteInput, fc.nat(), seats, fc.boolean(), (input, pick, extra, toStaff) => {
        fc.pre(input.lines.length > 0);
        const i = pick % input.lines.length;
        const grown: QuoteInput = {
          ...input,
          lines: input.lines.map((line, j) =>
            j !== i ? line : toStaff ? { ...line, staff: line.staff + extra } : { ...line, volunteers: line.volunteers + extra },
          ),
        };
        const before = quote(input).totals;
        const after = quote(grown).totals;
        expect(amount(after.nonprofitMonthly).gte(amount(before.nonprofitMonthly))).toBe(true);
        expect(amount(after.commercialMonthly).gte(amount(before.commercialMonthly))).toBe(true);
      }),
      RUNS,
    );
  });

  test('a valid input never throws', () => {
    fc.assert(fc.property(quoteInput, (input) => void quote(input)), RUNS);
  });

  const badSeats = fc.oneof(
    fc.integer({ max: -1 }),
    fc.integer({ min: 1_000_001 }),
    fc.double({ noInteger: true }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '12', null, undefined),
  );
  const badInput = fc.oneof(
    fc.tuple(quoteInput, badSeats).map(([input, staff]) => ({ ...input, lines: [{ product: 'o365-e3', staff, volunteers: 0 }] })),
    fc.tuple(quoteInput, badSeats).map(([input, volunteers]) => ({ ...input, lines: [{ product: 'o365-e3', staff: 0, volunteers }] })),
    fc.tuple(quoteInput, fc.string()).filter(([, id]) => !byId.has(id)).map(([input, product]) => ({ ...input, lines: [{ product, staff: 1, volunteers: 0 }] })),
    fc.tuple(quoteInput, fc.string()).filter(([, asOf]) => !/^\d{4}-\d{2}-\d{2}$/.test(asOf)).map(([input, asOf]) => ({ ...input, asOf })),
    fc.tuple(quoteInput, fc.string()).filter(([, renewal]) => !/^\d{2}-\d{2}$/.test(renewal)).map(([input, renewal]) => ({ ...input, renewal })),
    fc.tuple(quoteInput, fc.string()).filter(([, channel]) => channel !== 'direct' && channel !== 'enterprise-agreement').map(([input, channel]) => ({ ...input, channel })),
  );

  test('an invalid input always throws the typed error', () => {
    fc.assert(
      fc.property(badInput, (input) => {
        expect(() => quote(input as QuoteInput)).toThrow(QuoteInputError);
      }),
      RUNS,
    );
  });
});
