import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../../src/data';
import { amount, sum } from '../../../../src/lib/core/money';
import { priceOrganisation, type OrganisationInput, type PricedOrganisation } from '../../../../src/lib/pricing';
import { organisationInput } from '../../../support/arbitraries';

const RUNS = { numRuns: 1000 };
/** A thousand organisations take a few seconds; the machine may be shared, so allow a minute. */
const TIMEOUT = 60_000;
const byId = new Map(priceBook.products.map((p) => [p.id, p]));
const people = (input: OrganisationInput) => input.groups.reduce((n, g) => n + g.people, 0);
const seatsOf = (line: PricedOrganisation['lines'][number]) => line.grantedSeats + line.paidSeats + line.unpricedSeats;

describe('priceOrganisation: properties', () => {
  test('no person is counted twice: each product takes exactly the people of the groups that have it', () => {
    fc.assert(fc.property(organisationInput, (input) => {
      const o = priceOrganisation(input);
      for (const line of o.lines) {
        const wanted = input.groups.filter((g) => g.suite === line.product || g.addOns.includes(line.product)).reduce((n, g) => n + g.people, 0);
        expect(line.requestedSeats).toBe(wanted);
        expect(seatsOf(line) + line.blockedSeats).toBe(wanted);
      }
      const suiteSeats = o.lines.filter((l) => l.kind === 'suite').reduce((n, l) => n + seatsOf(l) + l.blockedSeats, 0);
      expect(suiteSeats).toBeLessThanOrEqual(people(input));
    }), RUNS);
  }, TIMEOUT);

  test('people in groups = people covered + people uncovered', () => {
    fc.assert(fc.property(organisationInput, (input) => {
      const { coverage } = priceOrganisation(input);
      expect(coverage.people).toBe(people(input));
      expect(coverage.covered + coverage.uncovered).toBe(coverage.people);
      expect(coverage.guests + coverage.withoutSuite + coverage.blocked).toBe(coverage.uncovered);
    }), RUNS);
  }, TIMEOUT);

  test('no total includes a seat beyond a cap', () => {
    fc.assert(fc.property(organisationInput, (input) => {
      const o = priceOrganisation(input);
      const shared = new Map<string, number>();
      for (const line of o.lines) {
        const product = byId.get(line.product)!;
        if (product.seatCap) expect(seatsOf(line)).toBeLessThanOrEqual(product.seatCap.value);
        if (product.tenantCap) shared.set(product.tenantCap, (shared.get(product.tenantCap) ?? 0) + seatsOf(line));
        const unit = line.commercialUnitPrice === null || line.status === 'unpriced' ? '0' : line.commercialUnitPrice;
        expect(line.commercialMonthly).toBe(amount(unit).times(line.grantedSeats + line.paidSeats).toFixed(2));
      }
      for (const cap of priceBook.tenantCaps) expect(shared.get(cap.id) ?? 0).toBeLessThanOrEqual(cap.seats.value);
    }), RUNS);
  }, TIMEOUT);

  test('a monthly term never costs less than an annual one', () => {
    fc.assert(fc.property(organisationInput, (input) => {
      const cost = (term: OrganisationInput['term']) => amount(priceOrganisation({ ...input, term }).totals.nonprofitMonthly);
      const yearly = cost('annual-yearly');
      expect(cost('annual-monthly').greaterThanOrEqualTo(yearly)).toBe(true);
      expect(cost('monthly').greaterThanOrEqualTo(yearly)).toBe(true);
    }), RUNS);
  }, TIMEOUT);

  test('lines sum to the totals, to the cent', () => {
    fc.assert(fc.property(organisationInput, (input) => {
      const o = priceOrganisation(input);
      for (const key of ['nonprofitMonthly', 'nonprofitAnnual', 'commercialMonthly', 'commercialAnnual', 'grantValueMonthly'] as const) {
        expect(sum(o.lines.map((l) => amount(l[key]))).toFixed(2)).toBe(o.totals[key]);
      }
      expect(o.lines.reduce((n, l) => n + l.blockedSeats, 0)).toBe(o.totals.blockedSeats);
      expect(o.lines.reduce((n, l) => n + l.requestedSeats, 0)).toBe(o.totals.requestedSeats);
    }), RUNS);
  }, TIMEOUT);
});
