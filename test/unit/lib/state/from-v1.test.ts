import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../../src/data';
import { readAddress } from '../../../../src/lib/address';
import { priceOrganisation, quote } from '../../../../src/lib/pricing';
import { defaultState, fromV1, toOrganisationInput, type LineChoice, type V1State } from '../../../../src/lib/state';
import { V1_BASE_DATE, v1Links } from '../../../support/v1-links';

const kindOf = new Map(priceBook.products.map((p) => [p.id, p.kind]));
const v1 = (lines: LineChoice[], staff = 25, volunteers = 40): V1State => ({
  organisation: { staff, volunteers, channel: 'direct', asOf: '2026-11-23', renewal: null, country: null },
  lines,
  azure: { grant: null, open: null },
});
const shape = (state: ReturnType<typeof fromV1>) => state.groups.map((g) => [g.people, g.grantEligible, g.suite, g.addOns]);

/** The v=1 engine's input: each line's seats, the organisation's counts where it followed them. */
function v1Input(state: V1State) {
  const { organisation: o } = state;
  const lines = state.lines.map((l) => ({ product: l.product, staff: l.staff ?? o.staff, volunteers: l.volunteers ?? o.volunteers }));
  return { lines, channel: o.channel, asOf: o.asOf, ...(o.renewal === null ? {} : { renewal: o.renewal }) };
}

/** Whether a v=1 state counted no one twice: per class, the suite lines fit in the class and each add-on too. */
function countsOnce(state: V1State): boolean {
  return (['staff', 'volunteers'] as const).every((kind) => {
    const people = state.organisation[kind];
    const seats = (l: LineChoice) => l[kind] ?? people;
    const suites = state.lines.filter((l) => kindOf.get(l.product) === 'suite').reduce((n, l) => n + seats(l), 0);
    return suites <= people && state.lines.every((l) => seats(l) <= people);
  });
}

describe('fromV1', () => {
  test("today's sample becomes 12 staff on Business Premium with Power Apps, 13 on Business Premium and 40 volunteers on E1", () => {
    const sample = v1([
      { product: 'm365-business-premium', staff: null, volunteers: 0 },
      { product: 'o365-e1', staff: 0, volunteers: null },
      { product: 'power-apps-per-app', staff: 12, volunteers: 0 },
    ]);
    expect(shape(fromV1(sample))).toEqual([
      [12, true, 'm365-business-premium', ['power-apps-per-app']],
      [13, true, 'm365-business-premium', []],
      [40, false, 'o365-e1', []],
    ]);
  });

  test('suite lines fill the row in order and stop at the class size; people left over have no suite', () => {
    const state = v1([{ product: 'm365-business-basic', staff: 10, volunteers: 0 }, { product: 'm365-e3', staff: 30, volunteers: 0 }], 25, 0);
    expect(shape(fromV1(state))).toEqual([[10, true, 'm365-business-basic', []], [15, true, 'm365-e3', []], [0, false, null, []]]);
  });

  test('a class without lines is one group without a suite; an empty class is an empty group', () => {
    expect(shape(fromV1(v1([], 3, 0)))).toEqual([[3, true, null, []], [0, false, null, []]]);
  });

  test('ids are g1, g2, … and names are empty, so the page shows its own', () => {
    expect(fromV1(v1([], 3, 4)).groups.map((g) => [g.id, g.name])).toEqual([['g1', ''], ['g2', '']]);
  });
});

describe('every v=1 link of the corpus opens as groups', () => {
  test.each(v1Links.map((entry) => [entry.link.slice(0, 60), entry] as const))('%s… keeps its people, and its totals when it counted no one twice', (_, { link, state }) => {
    const opened = readAddress(link, { today: V1_BASE_DATE, base: defaultState(V1_BASE_DATE) });
    expect(opened.notices).toEqual([]);
    const people = (eligible: boolean) => opened.state.groups.reduce((n, g) => n + (g.grantEligible === eligible ? g.people : 0), 0);
    expect([people(true), people(false)]).toEqual([state.organisation.staff, state.organisation.volunteers]);
    const priced = priceOrganisation(toOrganisationInput(opened.state));
    if (countsOnce(state) && priced.totals.blockedSeats === 0) {
      const before = quote(v1Input(state)).totals;
      expect([priced.totals.nonprofitMonthly, priced.totals.commercialMonthly]).toEqual([before.nonprofitMonthly, before.commercialMonthly]);
    }
  });

  test("the sample link from today's page opens with the same totals", () => {
    const link = '/?v=1&s=25&vo=40&c=d&d=2026-11-23&l=m365-business-premium.f.0&l=o365-e1.0.f&l=power-apps-per-app.12.0';
    const opened = readAddress(link.slice(1), { today: '2026-11-23' });
    const priced = priceOrganisation(toOrganisationInput(opened.state));
    const before = quote(v1Input(v1([
      { product: 'm365-business-premium', staff: null, volunteers: 0 },
      { product: 'o365-e1', staff: 0, volunteers: null },
      { product: 'power-apps-per-app', staff: 12, volunteers: 0 },
    ]))).totals;
    expect(priced.totals).toMatchObject({ nonprofitMonthly: before.nonprofitMonthly, nonprofitAnnual: before.nonprofitAnnual, commercialAnnual: before.commercialAnnual });
    expect(priced.totals.nonprofitMonthly).toBe('242.50');
  });
});
