import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { planGrant } from '../../../../src/lib/azure';
import { asOf } from '../../../support/azure';
import { thrown } from '../../../support/errors';

describe('planGrant', () => {
  test('$150 a month stays inside the grant: nothing billed, $200 a year expires', () => {
    const plan = planGrant(asOf, { start: asOf, usedSoFar: '0', spend: ['150'] });
    expect(plan.totals).toEqual({ credit: '4000.00', used: '3600.00', expired: '200.00', billed: '0.00', remaining: '200.00' });
    expect(plan.months[11]).toMatchObject({ start: '2027-10-22', used: '150.00', expired: '200.00', balance: '0.00' });
    expect(plan.monthsCovered).toBe(24);
    expect(plan.firstBilledMonth).toBeNull();
  });

  test('spend exactly equal to the grant uses it all and bills nothing', () => {
    const twelve = [...Array(10).fill('200.00'), '0', '0'];
    const plan = planGrant(asOf, { start: asOf, usedSoFar: '0', spend: twelve });
    expect(plan.months[11]).toMatchObject({ used: '0.00', expired: '0.00', balance: '0.00' });
    expect(plan.totals).toMatchObject({ used: '4000.00', billed: '0.00', expired: '0.00' });
  });

  test('$166.67 a month is 4 cents over the year: billed in the twelfth month, to the cent', () => {
    const plan = planGrant(asOf, { start: asOf, usedSoFar: '0', spend: ['166.67'] });
    expect(plan.months[11]).toMatchObject({ used: '166.63', billed: '0.04' });
    expect(plan.firstBilledMonth).toBe('2027-10-22');
  });

  test('$250 a month: the grant runs out after 8 months, then use is billed until the next grant year', () => {
    const plan = planGrant(asOf, { start: asOf, usedSoFar: '0', spend: ['250'] });
    expect(plan.months.map((m) => m.billed).slice(0, 13)).toEqual([...Array(8).fill('0.00'), ...Array(4).fill('250.00'), '0.00']);
    expect(plan.firstBilledMonth).toBe('2027-07-22');
    expect(plan.monthsCovered).toBe(8);
    expect(plan.totals).toMatchObject({ used: '4000.00', billed: '2000.00' });
  });

  test('says when each grant year ends and when its renewal opens, 30 days before', () => {
    expect(planGrant(asOf, { start: '2026-03-01', usedSoFar: '0', spend: ['10'] }).renewals).toEqual([
      { yearEnds: '2027-03-01', renewalOpens: '2027-01-30' },
      { yearEnds: '2028-03-01', renewalOpens: '2028-01-31' },
    ]);
  });

  test('credit used before the plan starts counts against the current grant year', () => {
    const plan = planGrant(asOf, { start: '2026-06-01', usedSoFar: '1500', spend: ['100'] });
    expect(plan.months.slice(0, 8).map((m) => [m.used, m.billed])).toEqual([
      ['100.00', '0.00'], ['100.00', '0.00'], ['100.00', '0.00'], ['100.00', '0.00'], ['100.00', '0.00'],
      ['0.00', '100.00'], ['0.00', '100.00'], ['100.00', '0.00'],
    ]);
  });

  test('before the grant starts, all use is billed', () => {
    const plan = planGrant(asOf, { start: '2027-01-22', usedSoFar: '0', spend: ['50'] });
    expect(plan.months.slice(0, 3).map((m) => m.billed)).toEqual(['50.00', '50.00', '0.00']);
  });

  test('a spend that is neither one nor twelve amounts is refused', () => {
    expect(() => planGrant(asOf, { start: asOf, usedSoFar: '0', spend: ['1', '2'] })).toThrow(QuoteInputError);
    expect(thrown(() => planGrant(asOf, { start: asOf, usedSoFar: '0', spend: ['-5'] }))).toMatchObject({ code: 'invalid-spend', field: 'grant.spend' });
  });
});
