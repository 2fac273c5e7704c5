import { describe, expect, test } from 'vitest';
import { suggestUnits } from '../../../../src/lib/azure';
import { asOf, key, open } from '../../../support/azure';

describe('suggestUnits', () => {
  test('suggests just enough whole units, activated when the credit runs short', () => {
    const { suggestions, plan } = suggestUnits(asOf, open(['80'], [key(10, asOf)]));
    expect(suggestions).toEqual([{ activateOn: '2027-11-22', units: 10 }]);
    expect(plan.suspensions).toEqual([]);
    // Each key leaves the $40 its twelve months of $80 do not use.
    expect(plan.totals).toMatchObject({ unmet: '0.00', expired: '80.00' });
    expect(plan.keys.map((k) => k.expired)).toEqual(['40.00', '40.00']);
  });

  test('with no keys at all, a key for each year of use', () => {
    expect(suggestUnits(asOf, open(['250'], [])).suggestions).toEqual([
      { activateOn: asOf, units: 30 },
      { activateOn: '2027-11-22', units: 30 },
    ]);
  });

  test('nothing to suggest when the credit covers the plan', () => {
    expect(suggestUnits(asOf, open(['10'], [key(3, asOf), key(3, '2027-11-22')])).suggestions).toEqual([]);
  });
});
