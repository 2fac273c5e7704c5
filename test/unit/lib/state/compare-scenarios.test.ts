import { describe, expect, test } from 'vitest';
import { compareScenarios, defaultState, type CalculatorState } from '../../../../src/lib/state';

const today = defaultState('2026-11-23');
const basic: CalculatorState = { ...today, groups: today.groups.map((g) => (g.id === 'g1' ? { ...g, suite: 'm365-business-basic' } : g)) };

describe('compareScenarios', () => {
  const comparison = compareScenarios([today, basic]);

  test('25 staff on Business Premium cost $137.50 a month; on Business Basic the grant covers them all, worth $7.00 a seat at list price', () => {
    expect(comparison.products.map((row) => [row.product, row.cells.map((c) => c && [c.seats, c.grantedSeats, c.monthly, c.annual, c.grantValueAnnual])])).toEqual([
      ['m365-business-premium', [[25, 0, '137.50', '1650.00', '0.00'], null]],
      ['m365-business-basic', [null, [25, 25, '0.00', '0.00', '2100.00']]],
    ]);
  });

  test('every difference is against the first scenario: a product the first lacks counts from nothing', () => {
    expect(comparison.products.map((row) => row.differences)).toEqual([
      [null, { monthly: '-137.50', annual: '-1650.00', direction: 'less' }],
      [null, { monthly: '0.00', annual: '0.00', direction: 'same' }],
    ]);
    expect(comparison.totals.differences).toEqual([null, { monthly: '-137.50', annual: '-1650.00', direction: 'less' }]);
  });

  test('the totals add every line: seats, cost and the grants\' value', () => {
    expect(comparison.totals.cells).toEqual([
      { seats: 25, grantedSeats: 0, paidSeats: 25, monthly: '137.50', annual: '1650.00', grantValueMonthly: '0.00', grantValueAnnual: '0.00' },
      { seats: 25, grantedSeats: 25, paidSeats: 0, monthly: '0.00', annual: '0.00', grantValueMonthly: '175.00', grantValueAnnual: '2100.00' },
    ]);
  });

  test('groups are set side by side by their place, with the seats the grants cover', () => {
    expect(comparison.groups.map((row) => row.cells.map((c) => c && [c.group.suite, c.group.people, c.grantedSeats, c.blockedSeats]))).toEqual([
      [['m365-business-premium', 25, 0, 0], ['m365-business-basic', 25, 25, 0]],
      [['guest', 40, 0, 0], ['guest', 40, 0, 0]],
    ]);
  });

  test('a scenario with fewer groups leaves the missing places empty', () => {
    const fewer = compareScenarios([today, { ...today, groups: today.groups.slice(0, 1) }]);
    expect(fewer.groups[1]?.cells.map((c) => c?.group.people ?? null)).toEqual([40, null]);
  });
});
