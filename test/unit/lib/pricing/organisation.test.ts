import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { priceOrganisation, type OrganisationGroup, type OrganisationInput } from '../../../../src/lib/pricing';

const group = (id: string, people: number, grantEligible: boolean, suite: string | null, addOns: string[] = []): OrganisationGroup =>
  ({ id, name: id, people, grantEligible, suite, addOns });
const staff = (people: number, suite: string | null, addOns: string[] = []) => group('staff', people, true, suite, addOns);
const volunteers = (people: number, suite: string | null) => group('volunteers', people, false, suite);
const direct = (...groups: OrganisationGroup[]): OrganisationInput => ({ groups, channel: 'direct', asOf: '2026-11-23' });

describe('priceOrganisation: worked examples (direct, new purchase on 2026-11-23)', () => {
  test('14 staff on Business Premium and 30 volunteers on Business Standard: 44 seats, 167.00 a month, 2004.00 a year', () => {
    const o = priceOrganisation(direct(staff(14, 'm365-business-premium'), volunteers(30, 'm365-business-standard')));
    // Lines follow the book's order of products, not the order of the groups.
    expect(o.totals).toMatchObject({
      paidSeats: 44, grantedSeats: 0, blockedSeats: 0,
      nonprofitMonthly: '167.00', nonprofitAnnual: '2004.00', commercialMonthly: '728.00',
    });
    expect(o.lines.map((l) => [l.product, l.paidSeats, l.nonprofitMonthly, l.commercialMonthly])).toEqual([
      ['m365-business-standard', 30, '90.00', '420.00'],
      ['m365-business-premium', 14, '77.00', '308.00'],
    ]);
    expect(o.coverage).toMatchObject({ people: 44, covered: 44, uncovered: 0 });
  });

  test('25 staff on Business Premium with a monthly term: unit 6.60, 165.00 a month against 660.00', () => {
    const o = priceOrganisation({ ...direct(staff(25, 'm365-business-premium')), term: 'monthly' });
    expect(o.lines[0]).toMatchObject({ nonprofitUnitPrice: '6.60', commercialUnitPrice: '26.40', nonprofitMonthly: '165.00', commercialMonthly: '660.00' });
    expect(o.lines[0]!.provenance.nonprofitSurcharge).toEqual({ source: 'charity-digital-nce', confidence: 'high', from: '2025-01-01' });
  });

  test('250 on Business Premium and 100 on Business Basic: a tenant-cap issue and at most 300 Business seats priced', () => {
    const o = priceOrganisation(direct(staff(250, 'm365-business-premium'), volunteers(100, 'm365-business-basic')));
    expect(o.issues[0]).toEqual({
      code: 'over-tenant-cap', severity: 'error', groups: ['volunteers'],
      params: { cap: 'm365-business', seats: 300, products: ['m365-business-premium', 'm365-business-basic'], people: 50 },
    });
    const business = o.lines.reduce((n, l) => n + l.grantedSeats + l.paidSeats + l.unpricedSeats, 0);
    expect([business, o.totals.blockedSeats, o.totals.nonprofitMonthly, o.totals.commercialMonthly]).toEqual([300, 50, '1375.00', '5500.00']);
    expect(o.lines.find((l) => l.product === 'm365-business-basic')!.groups).toEqual([{ group: 'volunteers', seats: 50, blockedSeats: 50, grantedSeats: 0 }]);
    expect(o.coverage).toMatchObject({ people: 350, covered: 300, uncovered: 50, blocked: 50 });
  });

  test('proposes Office 365 E1 for the blocked Business Basic people, priced beside them and ready to apply', () => {
    const o = priceOrganisation(direct(staff(250, 'm365-business-premium'), volunteers(100, 'm365-business-basic')));
    expect(o.proposals).toHaveLength(1);
    expect(o.proposals[0]).toMatchObject({
      product: 'm365-business-basic', people: 50, alternative: 'o365-e1', meetsSameNeeds: true,
      added: { nonprofitMonthly: '125.00', nonprofitAnnual: '1500.00', commercialMonthly: '500.00', commercialAnnual: '6000.00' },
    });
    expect(o.proposals[0]!.groups.map((g) => [g.id, g.people, g.suite])).toEqual([
      ['staff', 250, 'm365-business-premium'], ['volunteers', 50, 'm365-business-basic'], ['volunteers-o365-e1', 50, 'o365-e1'],
    ]);
  });

  test('400 staff on Business Premium: 300 priced, 100 blocked, Microsoft 365 E3 proposed for desktop apps and device security', () => {
    const o = priceOrganisation(direct(staff(400, 'm365-business-premium')));
    expect(o.issues.map((i) => i.code)).toEqual(['over-product-cap', 'grant-not-in-channel']);
    expect(o.issues[0]!.params).toEqual({ product: 'm365-business-premium', cap: 300, people: 100 });
    expect([o.totals.nonprofitMonthly, o.totals.blockedSeats]).toEqual(['1650.00', 100]);
    expect(o.proposals[0]).toMatchObject({ alternative: 'm365-e3', people: 100, meetsSameNeeds: true, added: { nonprofitMonthly: '900.00' } });
    const applied = priceOrganisation({ ...direct(), groups: o.proposals[0]!.groups });
    expect([applied.totals.nonprofitMonthly, applied.totals.blockedSeats, applied.coverage.uncovered]).toEqual(['2550.00', 0, 0]);
  });

  test('grants go only to grant-eligible people, in the order of the groups', () => {
    const o = priceOrganisation({ ...direct(group('board', 4, true, 'o365-e1'), group('office', 20, true, 'o365-e1'), volunteers(50, 'o365-e1')), channel: 'enterprise-agreement' });
    expect(o.lines[0]!.grantedSeats).toBe(24);
    expect(o.lines[0]!.groups.map((g) => g.grantedSeats)).toEqual([4, 20, 0]);
    expect(o.totals.nonprofitMonthly).toBe('125.00');
  });

  test('each person is counted once per product: an add-on takes the people of every group that has it', () => {
    const o = priceOrganisation(direct(staff(8, 'o365-e3', ['power-apps-per-app']), group('field', 6, true, 'm365-f3', ['power-apps-per-app'])));
    const perApp = o.lines.find((l) => l.product === 'power-apps-per-app')!;
    expect([perApp.requestedSeats, perApp.grantedSeats, perApp.paidSeats, perApp.nonprofitMonthly]).toEqual([14, 10, 4, '10.00']);
    expect(o.issues.map((i) => i.code)).toEqual(['no-nonprofit-price']);
  });

  test('guests and groups without a suite are uncovered, and in no line', () => {
    const o = priceOrganisation(direct(staff(5, 'm365-business-premium'), volunteers(40, 'guest'), group('board', 3, true, null)));
    expect(o.coverage).toMatchObject({ people: 48, covered: 5, uncovered: 43, guests: 40, withoutSuite: 3, blocked: 0 });
    expect(o.lines.map((l) => l.product)).toEqual(['m365-business-premium']);
  });

  test('Power Apps per app cannot be bought new under an Enterprise Agreement from 2 Jan 2026, and the grant is flagged', () => {
    const input = { ...direct(staff(12, 'o365-e1', ['power-apps-per-app'])), channel: 'enterprise-agreement' as const };
    const fresh = priceOrganisation(input);
    expect(fresh.issues.find((i) => i.code === 'renewals-only')!.params).toEqual({ product: 'power-apps-per-app', channel: 'enterprise-agreement', from: '2026-01-02', people: 12 });
    expect(fresh.lines[1]).toMatchObject({ blockedSeats: 12, paidSeats: 0, nonprofitMonthly: '0.00', sale: 'renewals-only', caveats: ['grant-after-end-of-sale-unpublished'] });
    const renewing = priceOrganisation({ ...input, renewal: '03-01' });
    expect(renewing.lines[1]).toMatchObject({ blockedSeats: 0, grantedSeats: 10, nonprofitMonthly: '5.00' });
  });

  test('an existing Business Premium customer renewing on 15 July pays 22.00 before its 2025 renewal and 77.00 after', () => {
    const renewing = (asOf: string) => priceOrganisation({ groups: [staff(14, 'm365-business-premium')], channel: 'direct', asOf, renewal: '07-15' });
    const [before, after] = [renewing('2025-07-14'), renewing('2025-07-15')];
    expect([before.priceDate, before.totals.grantedSeats, before.totals.nonprofitMonthly, before.totals.nonprofitAnnual]).toEqual(['2024-07-15', 10, '22.00', '264.00']);
    expect([after.priceDate, after.totals.grantedSeats, after.totals.nonprofitMonthly, after.totals.nonprofitAnnual]).toEqual(['2025-07-15', 0, '77.00', '924.00']);
  });
});

describe('priceOrganisation: bad input', () => {
  test.each([
    [{ groups: 'all' }, 'invalid-groups', 'groups'],
    [{ groups: [{ id: '', name: 'x', people: 1, grantEligible: true, suite: null, addOns: [] }] }, 'invalid-group', 'groups[0]'],
    [{ groups: [staff(1, null), staff(2, null)] }, 'duplicate-group', 'groups[1].id'],
    [{ groups: [staff(-1, null)] }, 'invalid-count', 'groups[0].people'],
    [{ groups: [staff(1, 'power-apps-premium')] }, 'not-a-suite', 'groups[0].suite'],
    [{ groups: [staff(1, 'o365-e1', ['o365-e3'])] }, 'not-an-add-on', 'groups[0].addOns[0]'],
    [{ groups: [staff(1, 'o365-e1', ['power-apps-premium', 'power-apps-premium'])] }, 'duplicate-add-on', 'groups[0].addOns[1]'],
    [{ groups: [staff(1, 'office-2007')] }, 'unknown-product', 'groups[0].suite'],
    [{ term: 'quarterly' }, 'invalid-term', 'term'],
  ])('rejects %j with %s on %s', (change, code, field) => {
    const input = { ...direct(), ...change } as OrganisationInput;
    const error = (() => { try { priceOrganisation(input); } catch (e) { return e; } })() as QuoteInputError;
    expect(error).toBeInstanceOf(QuoteInputError);
    expect([error.code, error.field]).toEqual([code, field]);
  });
});
