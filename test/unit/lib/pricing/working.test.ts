import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { amount } from '../../../../src/lib/core';
import { lineWorking, priceOrganisation, type OrganisationGroup } from '../../../../src/lib/pricing';
import { organisationInput } from '../../../support/arbitraries';

const group = (id: string, people: number, grantEligible: boolean, suite: string | null): OrganisationGroup => ({ id, name: id, people, grantEligible, suite, addOns: [] });

describe('lineWorking', () => {
  test('25 staff on Business Premium, paid monthly: 25 × 6.60 = 165.00 a month, 1980.00 a year; at list price 25 × 26.40 = 660.00', () => {
    const priced = priceOrganisation({ groups: [group('staff', 25, true, 'm365-business-premium')], channel: 'direct', asOf: '2026-11-23', term: 'monthly' });
    expect(lineWorking(priced.lines[0]!, priced)).toEqual({
      product: 'm365-business-premium', people: 25, blocked: 0, granted: 0, unpriced: 0,
      nonprofit: { seats: 25, unit: '6.60', monthly: '165.00', annual: '1980.00' },
      list: { seats: 25, unit: '26.40', monthly: '660.00', annual: '7920.00' },
      surcharge: { nonprofit: '20', list: '20' },
      priceDate: '2026-11-23',
    });
  });

  test('the Business Basic grant: 10 staff granted free, nothing paid, the list price counts the granted seats', () => {
    const priced = priceOrganisation({ groups: [group('staff', 10, true, 'm365-business-basic')], channel: 'direct', asOf: '2026-11-23' });
    const working = lineWorking(priced.lines[0]!, priced);
    expect([working.granted, working.nonprofit, working.list?.seats, working.surcharge]).toEqual([10, null, 10, { nonprofit: null, list: null }]);
  });

  test('for any organisation, each line adds up: people are blocked, granted, paid or unpriced, and seats × unit price make the month, 12 months the year (1,000 runs)', () => {
    fc.assert(
      fc.property(organisationInput, (input) => {
        const priced = priceOrganisation(input);
        for (const line of priced.lines) {
          const w = lineWorking(line, priced);
          expect(w.blocked + w.granted + (w.nonprofit?.seats ?? 0) + w.unpriced).toBe(w.people);
          for (const m of [w.nonprofit, w.list]) {
            if (!m) continue;
            expect(amount(m.unit).times(m.seats).toFixed(2)).toBe(m.monthly);
            expect(amount(m.monthly).times(12).toFixed(2)).toBe(m.annual);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
