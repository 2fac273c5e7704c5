import { describe, expect, test } from 'vitest';
import { priceOrganisation } from '../../../../src/lib/pricing';
import { applyProposal, isPastEstimate, startingGroups } from '../../../../src/lib/state';

describe('the organisation state', () => {
  test('starts from grant-eligible staff and volunteers, with no suite chosen', () => {
    expect(startingGroups(14, 30).map((g) => [g.id, g.people, g.grantEligible, g.suite])).toEqual([['staff', 14, true, null], ['volunteers', 30, false, null]]);
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
});
