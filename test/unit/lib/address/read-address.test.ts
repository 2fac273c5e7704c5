import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../../src/data';
import { CHANNELS } from '../../../../src/data/types';
import { encodeState, readAddress, readV1Address } from '../../../../src/lib/address';
import { MAX_SEATS, priceOrganisation, quote, type OrganisationGroup } from '../../../../src/lib/pricing';
import { MAX_NAME, defaultState, numberGroups, toOrganisationInput, toQuoteInput, toV1, type CalculatorState } from '../../../../src/lib/state';
import { BILLING_TERMS } from '../../../../src/data/types';
import { countryCodes } from '../../../../src/data/countries';
import { ADVISOR_NEEDS } from '../../../../src/data/advisor-presets';
import { isoDate, monthDay } from '../../../support/arbitraries';

/** Time for a property test of thousands of runs, on a 2-core machine shared with other work. */
const PROPERTY_TIME = 60_000;

const TODAY = '2026-11-22';
const base = defaultState(TODAY);
/** Reads a query as a link on the main page of TODAY, over the default state. */
const decode = (query: string) => readAddress(query, { today: TODAY, base });
/** The state, notices and whether the query held state at all (embed options are tested apart). */
const readLink = (query: string) => {
  const { state, notices, found } = decode(query);
  return { state, notices, found };
};
/** Reads a v=1 query as the v=1 codec always did, before conversion into groups. */
const readV1 = (query: string) => readV1Address(query, { today: TODAY, base: toV1(base) });
const ids = priceBook.products.map((p) => p.id);
const suites = priceBook.products.filter((p) => p.kind === 'suite').map((p) => p.id);
const addOnIds = priceBook.products.filter((p) => p.kind === 'add-on').map((p) => p.id);
// Names as a decoder returns them: no controls, no spaces at either end, at most MAX_NAME characters.
const name = fc.string({ maxLength: MAX_NAME }).map((text) => text.replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu, '').trim());
// Needs in any order; a group that says none has no `needs` at all, as the page and the decoder keep it.
const group: fc.Arbitrary<Omit<OrganisationGroup, 'id'>> = fc.tuple(fc.record({
  name,
  people: fc.integer({ min: 0, max: MAX_SEATS }),
  grantEligible: fc.boolean(),
  suite: fc.constantFrom<OrganisationGroup['suite']>(...suites, 'guest', null),
  addOns: fc.subarray(addOnIds),
}), fc.shuffledSubarray([...ADVISOR_NEEDS])).map(([g, needs]) => (needs.length > 0 ? { ...g, needs } : g));

const amountString = fc.integer({ min: 0, max: 9_999_999 }).chain((whole) =>
  fc.constantFrom(String(whole), `${whole}.5`, `${whole}.05`, `${whole}.50`),
);
const spend = fc.oneof(amountString.map((a) => [a]), fc.array(amountString, { minLength: 12, maxLength: 12 }));
const creditKey = isoDate('2021-01-01', '2030-12-31').chain((purchased) =>
  fc.record({
    units: fc.integer({ min: 1, max: 10_000 }),
    purchased: fc.constant(purchased),
    activated: isoDate(purchased, `${Number(purchased.slice(0, 4)) + 4}-12-31`),
  }),
);
const azure = fc.record({
  grant: fc.option(fc.record({ start: isoDate('2021-01-01', '2035-12-31'), usedSoFar: amountString, spend }), { nil: null }),
  open: fc.option(fc.record({ spend, keys: fc.array(creditKey, { maxLength: 8 }), threshold: fc.option(amountString, { nil: null }) }), { nil: null }),
});

const state: fc.Arbitrary<CalculatorState> = fc.record({
  organisation: fc.record({
    channel: fc.constantFrom(...CHANNELS),
    asOf: isoDate('2022-01-01', '2035-12-31'),
    renewal: fc.option(monthDay, { nil: null }),
    country: fc.option(fc.constantFrom(...countryCodes.value), { nil: null }),
    term: fc.constantFrom(...BILLING_TERMS),
  }),
  groups: fc.array(group, { maxLength: 12 }).map(numberGroups),
  azure,
});

describe('readAddress: share links', () => {
  test('writes short, readable keys', () => {
    expect(encodeState(defaultState('2023-01-10'))).toBe('v=2&c=d&d=2023-01-10&t=y&g=25.1.m365-business-premium..&g=40.0.guest..');
  });

  test('decode(encode(state)) is the state, with nothing to report', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(readLink(encodeState(s))).toEqual({ state: s, notices: [], found: true });
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIME);

  test('decoding any string returns a state the engine can price, without throwing', () => {
    const anyQuery = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.tuple(fc.constantFrom('v', 's', 'vo', 'c', 'd', 'r', 'l', 'x'), fc.string()), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
      fc.array(fc.tuple(fc.constantFrom(...ids, 'nope'), fc.string(), fc.string()), { maxLength: 20 }).map((ls) => ls.map((l) => `l=${l.join('.')}`).join('&')),
      fc.array(fc.tuple(fc.string(), fc.constantFrom('0', '1', '2'), fc.constantFrom(...ids, 'guest', '', 'nope'), fc.string()), { maxLength: 20 })
        .map((gs) => `v=2&${gs.map((g) => `g=${g.join('.')}`).join('&')}`),
    );
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { state: decoded } = readLink(query);
        expect(() => {
          const priced = priceOrganisation(toOrganisationInput(decoded));
          quote(toQuoteInput(decoded, priced));
        }).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIME);

  test('a link stays under 2,000 characters with ten groups of the longest names, each with every add-on and every need', () => {
    fc.assert(
      fc.property(state, (s) => {
        const groups = numberGroups(Array.from({ length: 10 }, () => ({ name: 'x'.repeat(MAX_NAME), people: MAX_SEATS, grantEligible: true, suite: 'm365-business-premium', addOns: addOnIds, needs: ADVISOR_NEEDS })));
        const everything = { ...s, groups, azure: { grant: null, open: null } };
        expect(`https://calculator.example.org/?${encodeState(everything)}`.length).toBeLessThan(2000);
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIME);

  test('the Azure planner travels in the link; a key activated too late is dropped with a notice', () => {
    const planned = { ...base, azure: { grant: { start: '2026-11-22', usedSoFar: '0', spend: ['150'] }, open: { spend: ['80'], keys: [{ units: 10, purchased: '2026-11-22', activated: '2026-11-22' }], threshold: '200' } } };
    const query = encodeState(planned);
    expect(query).toContain('&gs=2026-11-22&gu=0&gm=150&om=80&ok=10.2026-11-22.2026-11-22&ot=200');
    expect(readLink(query).state).toEqual(planned);
    const late = readLink('om=80&ok=1.2020-01-01.2025-01-02&ok=abc');
    expect(late.state.azure.open).toEqual({ spend: ['80'], keys: [], threshold: null });
    expect(late.notices).toEqual([{ code: 'bad-value', key: 'ok', value: '1.2020-01-01.2025-01-02' }, { code: 'bad-value', key: 'ok', value: 'abc' }]);
  });

  test("the user's exchange rate travels as fx=; a damaged one is dropped with a notice", () => {
    const converted: CalculatorState = { ...base, rate: { currency: 'NOK', rate: '10.80' } };
    const query = encodeState(converted);
    expect(query).toMatch(/&fx=NOK\.10\.80$/);
    expect(readLink(query).state).toEqual(converted);
    for (const damaged of ['NOK.0', 'NOK.-1', 'XXX.10', 'NOK10.80', 'nok.10.80', 'NOK.1e3']) {
      const read = readLink(`g=&fx=${damaged}`);
      expect(read.state.rate).toBeUndefined();
      expect(read.notices).toEqual([{ code: 'bad-value', key: 'fx', value: damaged }]);
    }
  });

  test('keeps what is valid and reports each value it left out', () => {
    const { state: s, notices } = readV1('v=1&s=-5&vo=12&c=retail&d=2023-02-30&r=11-01&l=m365-e3.3.0&l=evil.1.1&l=m365-e3.4.0&l=o365-e3.2.5.5&foo=bar');
    expect(s.organisation).toEqual({ ...toV1(base).organisation, volunteers: 12, renewal: '11-01' });
    expect(s.lines).toEqual([{ product: 'm365-e3', staff: 3, volunteers: 0 }]);
    expect(notices).toEqual([
      { code: 'unknown-key', key: 'foo' },
      { code: 'bad-value', key: 's', value: '-5' },
      { code: 'bad-value', key: 'c', value: 'retail', kept: 'direct' },
      { code: 'bad-value', key: 'd', value: '2023-02-30', kept: TODAY },
      { code: 'unknown-product', key: 'l', value: 'evil' },
      { code: 'duplicate-product', key: 'l', value: 'm365-e3' },
      { code: 'bad-value', key: 'l', value: 'o365-e3.2.5.5' },
    ]);
  });

  test.each([['0x10'], ['1_000'], ['Infinity'], ['1e3'], ['1000001'], [' 5'], ['5.0']])('refuses the seat count "%s" before it reaches decimal.js', (value) => {
    expect(readLink(`s=${encodeURIComponent(value)}`).notices).toEqual([{ code: 'bad-value', key: 's', value }]);
  });

  test('a script in a value is only ever data, cut to 40 characters in the notice', () => {
    const { notices, state: s } = readV1(`v=1&l=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}.1.1`);
    expect(s.lines).toEqual([]);
    expect(notices).toEqual([{ code: 'unknown-product', key: 'l', value: '<script>alert(1)</script><img src=x oner…' }]);
  });

  test('a link from a newer version is read as far as possible, and says so', () => {
    const { state: s, notices } = readLink('v=7&s=12&l=m365-e5.f.f');
    expect(s.groups.map((g) => [g.people, g.suite])).toEqual([[12, 'm365-e5'], [40, 'm365-e5']]);
    expect(notices).toEqual([{ code: 'newer-version', key: 'v', value: '7' }]);
  });

  test('the country travels as co=, and only a real ISO code is taken', () => {
    const withCountry = { ...base, organisation: { ...base.organisation, country: 'NO' } };
    expect(encodeState(withCountry)).toContain('&co=NO&');
    expect(readLink('co=XX').notices).toEqual([{ code: 'bad-value', key: 'co', value: 'XX' }]);
    expect(readLink('co=__proto__').state.organisation.country).toBeNull();
  });

  test('an empty selection survives the trip; a query with no state is not a link', () => {
    expect(readLink(encodeState({ ...base, groups: [] })).state.groups).toEqual([]);
    expect(readLink('utm_source=newsletter&theme=dark')).toEqual({ state: base, notices: [], found: false });
  });

  test.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('the version "%s" is unknown, not a prototype method', (version) => {
    expect(readLink(`v=${version}&s=3`)).toMatchObject({ state: { groups: [{ people: 3 }, { people: 40 }] }, notices: [{ code: 'unknown-version', value: version }] });
  });

  test('a renewal that needs prices from before the book is left out', () => {
    expect(readLink('d=2021-03-01&r=06-01').notices).toEqual([{ code: 'bad-value', key: 'r', value: '06-01' }]);
  });

  test('malformed percent-escapes do not throw', () => {
    expect(readLink('s=%E0%A4%A&l=%').notices.map((n) => n.code)).toEqual(['bad-value', 'unknown-product']);
  });
});

describe('readAddress: what it says about hostile links', () => {
  test('a key given twice is read from its first value, and the notice says which', () => {
    const { state: s, notices } = decode('v=1&s=5&s=7&v=2&d=2024-01-01&d=2025-01-01');
    expect(s.organisation).toMatchObject({ asOf: '2024-01-01' });
    expect(s.groups[0]?.people).toBe(5);
    expect(notices).toEqual([
      { code: 'duplicate-key', key: 'v', used: '1', count: 2 },
      { code: 'duplicate-key', key: 's', used: '5', count: 2 },
      { code: 'duplicate-key', key: 'd', used: '2024-01-01', count: 2 },
    ]);
  });

  test('credit keys beyond the 50 a link takes are counted in one notice', () => {
    const keys = Array.from({ length: 401 }, () => 'ok=10.2026-11-22.2026-11-22').join('&');
    const { state: s, notices } = decode(`om=80&${keys}`);
    expect(s.azure.open?.keys).toHaveLength(50);
    expect(notices).toEqual([{ code: 'too-many', key: 'ok', count: 351, limit: 50 }]);
  });

  test.each([
    ['d', '9999-12-31'], ['d', '0999-01-01'], ['d', '2020-12-31'], ['d', '2036-11-23'], ['gs', '9998-06-30'],
  ])('the date %s=%s lies outside the window and is refused with the window it must be in', (key, value) => {
    const { state: s, notices } = decode(`v=1&${key}=${value}`);
    expect(s.organisation.asOf).toBe(TODAY);
    expect(s.azure.grant).toBeNull();
    // The estimate date keeps the estimate's own, and the notice names it; a grant start has none to keep.
    const kept = key === 'd' ? { kept: TODAY } : {};
    expect(notices).toEqual([{ code: 'date-out-of-range', key, value, first: '2021-01-01', last: '2036-11-22', ...kept }]);
  });

  test('the first and last days of the window are taken', () => {
    expect(decode('d=2021-01-01&gs=2036-11-22').state).toMatchObject({ organisation: { asOf: '2021-01-01' }, azure: { grant: { start: '2036-11-22' } } });
    expect(decode('d=2036-11-22').notices).toEqual([]);
  });

  test('a credit key dated outside the window is dropped with a notice naming the window', () => {
    const { state: s, notices } = decode('om=80&ok=10.2040-01-01.2040-01-02&ok=1.2026-11-22.2026-11-22');
    expect(s.azure.open?.keys).toEqual([{ units: 1, purchased: '2026-11-22', activated: '2026-11-22' }]);
    expect(notices).toEqual([{ code: 'date-out-of-range', key: 'ok', value: '10.2040-01-01.2040-01-02', first: '2021-01-01', last: '2036-11-22' }]);
  });

  test('echoed text loses bidirectional and other control characters, so it cannot turn the sentence around', () => {
    const reversed = decode('v=1&s=5&co=%E2%80%AESU%20ot%20ylppa%20ton%20seod%20tnarg%20ruoY').notices;
    expect(reversed).toEqual([{ code: 'bad-value', key: 'co', value: 'SU ot ylppa ton seod tnarg ruoY' }]);
    const hidden = decode('s=%E2%81%A6%E2%80%8F1%00%0A%1B%D8%9C%E2%80%8E%E2%81%A9').notices;
    expect(hidden).toEqual([{ code: 'bad-value', key: 's', value: '1' }]);
  });

  test('2,000 unknown keys make eight notices and one that counts the rest', () => {
    const query = Array.from({ length: 2000 }, (_, i) => `k${i}=x`).join('&');
    const { notices } = decode(`s=3&${query}`);
    expect(notices).toHaveLength(9);
    expect(notices[0]).toEqual({ code: 'unknown-key', key: 'k0' });
    expect(notices[8]).toEqual({ code: 'more', count: 1992 });
  });

  test('a long unknown key is cut to 40 characters', () => {
    expect(decode(`${'x'.repeat(100)}=1`).notices).toEqual([{ code: 'unknown-key', key: `${'x'.repeat(40)}…` }]);
  });

  test('a window around a broken clock still stops short of the years the engine cannot count', () => {
    expect(readAddress('d=9995-01-01', { today: '9994-06-01' }).notices).toEqual([
      { code: 'date-out-of-range', key: 'd', value: '9995-01-01', first: '2021-01-01', last: '9989-12-31', kept: '9994-06-01' },
    ]);
  });
});
