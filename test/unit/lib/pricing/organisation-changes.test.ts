import { describe, expect, test } from 'vitest';
import { organisationChanges, type OrganisationGroup } from '../../../../src/lib/pricing';

const staff = (people: number, suite: string): OrganisationGroup => ({ id: 'staff', name: 'Staff', people, grantEligible: true, suite, addOns: [] });

describe('organisationChanges', () => {
  test('the 2025 grant retirement costs 14 staff on Business Premium 660.00 a year, from their renewal on 15 July', () => {
    const changes = organisationChanges({ groups: [staff(14, 'm365-business-premium')], channel: 'direct', asOf: '2026-11-23', renewal: '07-15' });
    const retirement = changes.find((c) => c.date === '2025-07-01')!;
    expect(retirement).toMatchObject({
      reachesOn: '2025-07-15', inForce: true, billUnchanged: false, products: ['m365-business-premium'],
      nonprofitMonthly: { before: '22.00', after: '77.00', difference: '55.00' },
      nonprofitAnnual: { before: '264.00', after: '924.00', difference: '660.00' },
    });
    expect(changes.map((c) => c.date)).toEqual(['2022-03-01', '2022-09-01', '2025-07-01']);
  });

  test('the 1 Jul 2026 list prices only move the commercial comparison: the bill does not change', () => {
    const changes = organisationChanges({ groups: [staff(30, 'm365-business-standard')], channel: 'direct', asOf: '2026-05-01' });
    const lists = changes.find((c) => c.date === '2026-07-01')!;
    expect(lists).toMatchObject({
      reachesOn: '2026-07-01', inForce: false, billUnchanged: true,
      nonprofitMonthly: { difference: '0.00' }, commercialMonthly: { before: '375.00', after: '420.00', difference: '45.00' },
    });
  });

  test('the 2 Jan 2026 end of sale takes Power Apps per app out of a new Enterprise Agreement purchase', () => {
    const groups = [{ ...staff(12, 'o365-e1'), addOns: ['power-apps-per-app'] }];
    const change = organisationChanges({ groups, channel: 'enterprise-agreement', asOf: '2026-11-23' }).find((c) => c.date === '2026-01-02')!;
    expect(change).toMatchObject({ products: ['power-apps-per-app'], nonprofitMonthly: { before: '5.00', after: '0.00', difference: '-5.00' } });
    const renewing = organisationChanges({ groups, channel: 'enterprise-agreement', asOf: '2026-11-23', renewal: '04-01' });
    expect(renewing.map((c) => c.date)).not.toContain('2026-01-02');
  });

  test('a monthly term shows the 1 Jan 2025 nonprofit surcharge as a change in money', () => {
    const change = organisationChanges({ groups: [staff(25, 'm365-business-premium')], channel: 'direct', asOf: '2026-11-23', term: 'monthly' })
      .find((c) => c.date === '2025-01-01')!;
    expect(change.nonprofitMonthly).toEqual({ before: '82.50', after: '99.00', difference: '16.50' });
  });
});
