import { describe, expect, test } from 'vitest';
import { priceOrganisation } from '../../../../src/lib/pricing';
import { applyProposal, cleanName, defaultState, freeGroupId, isPastEstimate, MAX_NAME, startingGroups } from '../../../../src/lib/state';

describe('the organisation state', () => {
  test('starts from 25 grant-eligible staff on Business Premium and 40 volunteers as guests, names left to the page', () => {
    expect(startingGroups().map((g) => [g.id, g.name, g.people, g.grantEligible, g.suite])).toEqual([
      ['g1', '', 25, true, 'm365-business-premium'],
      ['g2', '', 40, false, 'guest'],
    ]);
  });

  test('the starting estimate costs $137.50 a month on 23 November 2026: 25 × $5.50, guests free', () => {
    expect(priceOrganisation({ groups: startingGroups(), channel: 'direct', asOf: '2026-11-23' }).totals.nonprofitMonthly).toBe('137.50');
  });

  test('applying a proposal leaves no one blocked', () => {
    const groups = [{ id: 'staff', name: 'Staff', people: 400, grantEligible: true, suite: 'm365-business-premium', addOns: [] }];
    const o = priceOrganisation({ groups, channel: 'direct', asOf: '2026-11-23' });
    const applied = priceOrganisation({ groups: applyProposal(o.proposals[0]!), channel: 'direct', asOf: '2026-11-23' });
    expect([applied.coverage.covered, applied.totals.blockedSeats]).toEqual([400, 0]);
  });

  test('an estimate dated before today is in the past; today and later are not', () => {
    expect(isPastEstimate('2026-03-10', '2026-11-23')).toBe(true);
    expect(isPastEstimate('2026-11-23', '2026-11-23')).toBe(false);
    expect(isPastEstimate('2027-01-01', '2026-11-23')).toBe(false);
  });

  test('a name loses control and direction characters and is cut to MAX_NAME characters', () => {
    expect(cleanName('  Board\u202e\u0000 members ')).toBe('Board members');
    expect([...cleanName('é'.repeat(100))]).toHaveLength(MAX_NAME);
  });

  test('a new group takes the first id no group has', () => {
    expect(freeGroupId(defaultState('2026-11-23').groups)).toBe('g3');
    expect(freeGroupId([{ ...startingGroups()[0]!, id: 'g2' }])).toBe('g3');
  });
});
