import { describe, expect, test } from 'vitest';
import { spendMonthStarts, spendVarying, withMonthSpend } from '../../../../src/lib/azure';
import { planMonths } from '../../../../src/lib/azure/schedule';
import { asOf } from '../../../support/azure';

describe('planMonths', () => {
  test('runs from the plan start, each month ending where the next begins, twelve amounts repeating', () => {
    const twelve = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
    const months = planMonths('2027-01-31', twelve, 14);
    expect(months.slice(0, 2).map((m) => [m.start, m.end])).toEqual([['2027-01-31', '2027-02-28'], ['2027-02-28', '2027-03-31']]);
    expect(months.map((m) => m.spend.toFixed(2)).slice(11)).toEqual(['12.00', '1.00', '2.00']);
  });
});

describe('spendVarying', () => {
  test('turns one amount into twelve equal ones, and twelve back into the first', () => {
    expect(spendVarying(['80'], true)).toEqual(Array(12).fill('80'));
    expect(spendVarying(['80', '90', ...Array(10).fill('0')], false)).toEqual(['80']);
  });

  test('starts from zero when there is no amount yet', () => {
    expect(spendVarying([], false)).toEqual(['0']);
  });
});

describe('withMonthSpend', () => {
  test('replaces one month and leaves the spend it was given as it was', () => {
    const spend = ['10', '20', '30'];
    expect(withMonthSpend(spend, 1, '25.50')).toEqual(['10', '25.50', '30']);
    expect(spend).toEqual(['10', '20', '30']);
  });
});

describe('spendMonthStarts', () => {
  test('names the twelve months from the plan start', () => {
    const starts = spendMonthStarts(asOf);
    expect(starts).toHaveLength(12);
    expect([starts[0], starts[1], starts[11]]).toEqual(['2026-11-22', '2026-12-22', '2027-10-22']);
  });
});
