import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../../src/data';
import { countryCodes } from '../../../../src/data/countries';
import { featuredChange } from '../../../../src/data/highlights';
import { MAX_NOTICES, dateProblem, dateWindow, readAddress } from '../../../../src/lib/address';
import { planGrant, planOpen, suggestUnits } from '../../../../src/lib/azure';
import { acrossChange, changesAffecting, organisationChanges, priceOrganisation, project, quote } from '../../../../src/lib/pricing';
import { defaultState, toOrganisationInput, toQuoteInput, type CalculatorState } from '../../../../src/lib/state';
import { isoDate, monthDay } from '../../../support/arbitraries';

/** Time for a property test of thousands of runs, on a 2-core machine shared with other work. */
const PROPERTY_TIME = 60_000;

const TODAY = '2026-11-22';
const base = defaultState(TODAY);
const dates = dateWindow(TODAY);
const ids = priceBook.products.map((p) => p.id);

// Values near and far outside every limit, beside plain junk: the inputs a hostile link would try.
const junk = fc.string({ unit: 'binary', maxLength: 12 });
const date = fc.oneof(
  isoDate('1000-01-01', '9999-12-31'),
  isoDate('2020-06-01', '2037-06-01'),
  fc.constantFrom('9999-12-31', '9998-01-01', '0999-01-01', '2020-12-31', '2021-01-01', '2036-11-22', '2036-11-23', '2024-02-29'),
  junk,
);
const whole = fc.oneof(fc.integer({ min: 0, max: 12_000_000 }).map(String), fc.constantFrom('0', '1000000', '1000001', '10000', '10001', 'f'), junk);
const amount = fc.oneof(fc.constantFrom('0', '0.01', '9999999.99', '10000000', '1e9', '-1'), fc.integer({ min: 0, max: 9_999_999 }).map(String), junk);
const spend = fc.oneof(amount, fc.array(amount, { minLength: 12, maxLength: 12 }).map((list) => list.join(',')));
const value: Record<string, fc.Arbitrary<string>> = {
  v: fc.oneof(fc.constantFrom('1', '2'), junk),
  t: fc.oneof(fc.constantFrom('y', 'ym', 'm'), junk),
  g: fc.tuple(whole, fc.constantFrom('0', '1', 'x'), fc.oneof(fc.constantFrom(...ids, 'guest', ''), junk), fc.oneof(fc.constantFrom(...ids), junk), junk).map((parts) => parts.join('.')),
  s: whole,
  vo: whole,
  c: fc.constantFrom('d', 'ea', 'x'),
  d: date,
  r: fc.oneof(monthDay, junk),
  co: fc.oneof(fc.constantFrom(...countryCodes.value), junk),
  l: fc.tuple(fc.oneof(fc.constantFrom(...ids), junk), whole, whole).map((parts) => parts.join('.')),
  gs: date,
  gu: amount,
  gm: spend,
  om: spend,
  ok: fc.tuple(whole, date, date).map((parts) => parts.join('.')),
  ot: amount,
  theme: junk,
};
const pair = fc.oneof(
  fc.constantFrom(...Object.keys(value)).chain((key) => value[key]!.map((v) => `${key}=${encodeURIComponent(v)}`)),
  fc.tuple(junk, junk).map(([k, v]) => `${k}=${v}`),
);
const hostileQuery = fc.oneof(fc.array(pair, { maxLength: 24 }).map((pairs) => pairs.join('&')), fc.string({ unit: 'binary' }));

/** Every date a state holds. */
function datesOf(state: CalculatorState): string[] {
  const { grant, open } = state.azure;
  return [state.organisation.asOf, ...(grant ? [grant.start] : []), ...(open ? open.keys.flatMap((key) => [key.purchased, key.activated]) : [])];
}

/** Runs every engine function the page runs on a state. */
function runEngine(state: CalculatorState): void {
  const organisation = toOrganisationInput(state);
  const input = toQuoteInput(state, priceOrganisation(organisation));
  organisationChanges(organisation);
  quote(input);
  project(input, 12);
  acrossChange(input, featuredChange.date);
  changesAffecting(input, featuredChange.date);
  const { asOf, country } = state.organisation;
  if (state.azure.grant) planGrant(asOf, state.azure.grant);
  if (state.azure.open) {
    planOpen(asOf, { ...state.azure.open, country });
    suggestUnits(asOf, { ...state.azure.open, country });
  }
}

describe('readAddress on hostile links', () => {
  test('never throws, lets through only dates inside the window, and lists a short panel of notices', () => {
    fc.assert(
      fc.property(hostileQuery, fc.boolean(), (query, embedded) => {
        const { state, notices } = readAddress(query, { today: TODAY, base, embedded });
        for (const day of datesOf(state)) expect(dateProblem(day, dates)).toBeNull();
        expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES + 1);
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIME);

  test('every state it lets through is one the organisation engine, quote, project, the change panels, the Azure planners and the advisor all accept', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const { state } = readAddress(query, { today: TODAY, base });
        expect(() => runEngine(state)).not.toThrow();
      }),
      { numRuns: 1_000 },
    );
  }, PROPERTY_TIME);

  test('the links that broke the page before are read, and the engine accepts what is kept', () => {
    for (const query of ['v=1&d=9999-12-31', 'v=1&d=9999-12-31&s=3&l=o365-e1.f.f&gs=9999-12-31&gm=100', 'v=1&gs=9998-12-31&gm=100&om=9999999.99', 'v=1&gs=0999-01-01']) {
      const { state, notices } = readAddress(query, { today: TODAY, base });
      expect(notices.map((notice) => notice.code)).toContain('date-out-of-range');
      expect(() => runEngine(state)).not.toThrow();
    }
  });
});
