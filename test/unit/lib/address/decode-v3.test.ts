import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BILLING_TERMS, CHANNELS } from '../../../../src/data/types';
import { encodeEstimate, encodeState, readAddress } from '../../../../src/lib/address';
import { MAX_SCENARIOS } from '../../../../src/lib/core';
import { priceOrganisation } from '../../../../src/lib/pricing';
import { MAX_NAME, defaultState, numberGroups, singleEstimate, toOrganisationInput, type CalculatorState, type Estimate } from '../../../../src/lib/state';
import { isoDate, organisationGroup } from '../../../support/arbitraries';

/** Time for a property test of thousands of runs, on a 2-core machine shared with other work. */
const PROPERTY_TIME = 60_000;
const TODAY = '2026-11-23';
const base = defaultState(TODAY);
const read = (query: string) => {
  const { estimate, state, notices, found } = readAddress(query, { today: TODAY, base });
  return { estimate, state, notices, found };
};
const ea: CalculatorState = { ...base, organisation: { ...base.organisation, channel: 'enterprise-agreement', term: 'monthly' } };
const plan: Estimate = { scenarios: [{ name: '', state: base }, { name: 'Through an EA', state: ea }], active: 1 };
const HAND_WRITTEN = 'v=3&a=1&x=&c=d&d=2026-11-23&t=y&g=25.1.m365-business-premium..&g=40.0.guest..&x=Through%20an%20EA&c=ea&d=2026-11-23&t=m&g=25.1.m365-business-premium..&g=40.0.guest..';

describe('share links of several scenarios (v=3)', () => {
  test('one unnamed scenario writes exactly the v=2 link of its state', () => {
    expect(encodeEstimate(singleEstimate(base))).toBe(encodeState(base));
    expect(encodeEstimate(singleEstimate(base))).toBe('v=2&c=d&d=2026-11-23&t=y&g=25.1.m365-business-premium..&g=40.0.guest..');
  });

  test('several scenarios write v=3, the shown one, then each name and its own v=2 pairs', () => {
    expect(encodeEstimate(plan)).toBe(HAND_WRITTEN);
  });

  test('a hand-written link of two scenarios opens both, showing the second', () => {
    expect(read(HAND_WRITTEN)).toEqual({ estimate: plan, state: ea, notices: [], found: true });
  });

  test('one named scenario is written as v=3, so its name travels', () => {
    const named = { scenarios: [{ name: 'Today as it is', state: base }], active: 0 };
    expect(encodeEstimate(named)).toMatch(/^v=3&a=0&x=Today%20as%20it%20is&c=d&/);
    expect(read(encodeEstimate(named)).estimate).toEqual(named);
  });

  test('links of v=1 and v=2 open as one unnamed scenario', () => {
    expect(read('v=2&c=ea').estimate.scenarios.map((s) => [s.name, s.state.organisation.channel])).toEqual([['', 'enterprise-agreement']]);
    expect(read('v=1&s=3&l=m365-business-premium.f.0').estimate.scenarios).toHaveLength(1);
  });

  test('a damaged group stays in its scenario; the other scenario is whole', () => {
    const { estimate, notices } = read('v=3&a=0&x=A&c=d&g=5.9.nope..&x=B&c=ea&g=3.1.m365-business-basic..');
    expect(estimate.scenarios.map((s) => [s.name, s.state.groups.length, s.state.organisation.channel])).toEqual([['A', 0, 'direct'], ['B', 1, 'enterprise-agreement']]);
    expect(notices).toEqual([{ code: 'bad-value', key: 'g', value: '5.9.nope..' }]);
  });

  test('a scenario with nothing in it is dropped with a notice; the others are kept and the shown one follows', () => {
    const { estimate, notices } = read('v=3&a=2&x=Empty&zz=1&x=A&c=d&x=B&c=ea');
    expect([estimate.scenarios.map((s) => s.name), estimate.active]).toEqual([['A', 'B'], 1]);
    expect(notices).toEqual([{ code: 'unknown-key', key: 'zz' }, { code: 'bad-value', key: 'x', value: 'Empty' }]);
  });

  test(`scenarios beyond ${MAX_SCENARIOS} are counted in one notice`, () => {
    const query = `v=3&${Array.from({ length: MAX_SCENARIOS + 3 }, (_, i) => `x=S${i}&c=d`).join('&')}`;
    const { estimate, notices } = read(query);
    expect(estimate.scenarios.map((s) => s.name)).toEqual(['S0', 'S1', 'S2', 'S3']);
    expect(notices).toEqual([{ code: 'too-many', key: 'x', count: 3, limit: MAX_SCENARIOS }]);
  });

  test('a shown index that is not a digit shows the first scenario, with a notice; keys repeated inside one scenario are noted', () => {
    const { estimate, notices } = read('v=3&a=seven&x=A&c=d&c=ea&x=B&c=ea');
    expect(estimate.active).toBe(0);
    expect(notices).toEqual([{ code: 'duplicate-key', key: 'c', used: 'd', count: 2 }, { code: 'bad-value', key: 'a', value: 'seven' }]);
  });

  test('a link whose every scenario is empty opens the base', () => {
    expect(read('v=3&x=A&x=B').estimate).toEqual(singleEstimate(base));
  });
});

const name = fc.string({ maxLength: MAX_NAME }).map((text) => text.replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu, '').trim());
const state: fc.Arbitrary<CalculatorState> = fc.record({
  organisation: fc.record({
    channel: fc.constantFrom(...CHANNELS),
    asOf: isoDate('2022-01-01', '2035-12-31'),
    renewal: fc.constant(null),
    country: fc.constant(null),
    term: fc.constantFrom(...BILLING_TERMS),
  }),
  groups: fc.array(organisationGroup('g'), { maxLength: 4 }).map((groups) => numberGroups(groups.map(({ id: _, ...g }) => g))),
  azure: fc.constant({ grant: null, open: null }),
});
const estimate: fc.Arbitrary<Estimate> = fc
  .array(fc.record({ name, state }), { minLength: 1, maxLength: MAX_SCENARIOS })
  .chain((scenarios) => fc.record({ scenarios: fc.constant(scenarios), active: fc.integer({ min: 0, max: scenarios.length - 1 }) }));
const scenarioQuery = fc.array(
  fc.oneof(
    fc.tuple(fc.constantFrom('v', 'a', 'x', 'c', 'd', 't', 'g', 'gs', 'zz'), fc.string()),
    fc.constant(['v', '3'] as [string, string]),
    fc.tuple(fc.constant('g'), fc.string()).map(([k, v]) => [k, `3.1.m365-business-basic..${v}`] as [string, string]),
  ),
  { maxLength: 24 },
).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));

describe('share links of several scenarios, whatever they hold', () => {
  test('reading what an estimate writes gives the estimate back, with nothing to report', () => {
    fc.assert(fc.property(estimate, (e) => {
      expect(read(encodeEstimate(e))).toEqual({ estimate: e, state: e.scenarios[e.active]!.state, notices: [], found: true });
    }), { numRuns: 2_000 });
  }, PROPERTY_TIME);

  test('any string opens without throwing, as one to four scenarios the engine prices, one of them shown', () => {
    fc.assert(fc.property(fc.oneof(scenarioQuery, fc.string({ unit: 'binary' })), (query) => {
      const { estimate: e } = read(query);
      expect(e.scenarios.length).toBeGreaterThanOrEqual(1);
      expect(e.scenarios.length).toBeLessThanOrEqual(MAX_SCENARIOS);
      expect(e.scenarios[e.active]).toBeDefined();
      for (const s of e.scenarios) expect(() => priceOrganisation(toOrganisationInput(s.state))).not.toThrow();
    }), { numRuns: 2_000 });
  }, PROPERTY_TIME);
});
