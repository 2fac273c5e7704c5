import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { planGrant, planOpen, suggestUnits, type OpenInput } from '../../../../src/lib/azure';

const asOf = '2026-11-22';
const key = (units: number, activated: string, purchased = activated) => ({ units, purchased, activated });
const open = (spend: string[], keys: OpenInput['keys'], extra: Partial<OpenInput> = {}): OpenInput => ({ spend, keys, threshold: null, ...extra });

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
    expect(() => planGrant(asOf, { start: asOf, usedSoFar: '0', spend: ['-5'] })).toThrow(/grant.spend must be one monthly amount/);
  });
});

describe('planOpen', () => {
  test('a 10-unit key activated today at $80 a month lasts the year, and $40.00 expires unused', () => {
    const plan = planOpen(asOf, open(['80'], [key(10, asOf)]));
    expect(plan.months[11]).toMatchObject({ start: '2027-10-22', used: '80.00', expired: '40.00', balance: '0.00' });
    expect(plan.keys).toEqual([{ value: '1000.00', expires: '2027-11-22', used: '960.00', expired: '40.00', remaining: '0.00' }]);
    expect(plan.monthsCovered).toBe(12);
  });

  test('a key is consumed up to its expiry; then services are suspended and the data deletion date follows', () => {
    const plan = planOpen(asOf, open(['80'], [key(10, asOf)], { country: 'NO' }));
    expect(plan.months[12]).toMatchObject({ used: '0.00', unmet: '80.00' });
    expect(plan.suspensions).toEqual([{ from: '2027-11-22', dataDeletedOn: '2028-02-20', resumedOn: null, cardTopUp: true }]);
  });

  test('two keys are drawn first in, first out', () => {
    const plan = planOpen(asOf, open(['100'], [key(5, '2026-12-01'), key(5, asOf)]));
    expect(plan.keys.map((k) => [k.used, k.expired])).toEqual([['500.00', '0.00'], ['500.00', '0.00']]);
    // The key activated on 1 December counts in the balance from then, and is drawn from the month after.
    expect(plan.months.slice(0, 11).map((m) => m.balance)).toEqual(['900.00', '800.00', '700.00', '600.00', '500.00', '400.00', '300.00', '200.00', '100.00', '0.00', '0.00']);
  });

  test('the 30 % alert comes when a key falls to exactly 30 % of its value, not a cent before', () => {
    const exactly = planOpen(asOf, open(['700'], [key(10, asOf)]));
    expect(exactly.months[0]!.alerts).toEqual([{ kind: 'key-low', key: 0, date: asOf }]);
    const above = planOpen(asOf, open(['699.99'], [key(10, asOf)]));
    expect(above.months[0]!.alerts).toEqual([]);
    expect(above.months[1]!.alerts).toEqual([{ kind: 'key-low', key: 0, date: '2026-12-22' }]);
  });

  test('warns 30 days before a key expires, and at the user\'s own threshold', () => {
    const plan = planOpen(asOf, open(['80'], [key(10, asOf)], { threshold: '200' }));
    const alerts = plan.months.flatMap((m) => m.alerts);
    expect(alerts).toContainEqual({ kind: 'key-expiring', key: 0, date: '2027-10-23', expires: '2027-11-22' });
    expect(alerts).toContainEqual({ kind: 'threshold', date: '2027-08-22', remaining: '200.00' });
  });

  test('a key activated 5 years after purchase is fine; 5 years and a day is an input error', () => {
    expect(() => planOpen(asOf, open(['10'], [key(1, '2031-11-22', asOf)]))).not.toThrow();
    expect(() => planOpen(asOf, open(['10'], [key(1, '2031-11-23', asOf)]))).toThrow(
      'open.keys[0].activated: a key must be activated within 5 years of purchase, so by 2031-11-22 at the latest.',
    );
    expect(() => planOpen(asOf, open(['10'], [key(1, '2026-11-21', asOf)]))).toThrow(/cannot be activated before it is bought/);
  });

  test('zero balance mid-month: suspended on the day the credit runs out, data kept 90 days', () => {
    const plan = planOpen(asOf, open(['150'], [key(1, asOf)]));
    expect(plan.months[0]).toMatchObject({ used: '100.00', unmet: '50.00', balance: '0.00' });
    // 100 of 150 lasts two thirds of the 30 days from 22 Nov: 20 days.
    expect(plan.suspensions[0]).toEqual({ from: '2026-12-12', dataDeletedOn: '2027-03-12', resumedOn: null, cardTopUp: null });
  });

  test('a country without card top-up is named at the suspension', () => {
    const plan = planOpen(asOf, open(['150'], [key(1, asOf)], { country: 'CA' }));
    expect(plan.suspensions[0]!.cardTopUp).toBe(false);
  });

  test('a new key ends a suspension', () => {
    const plan = planOpen(asOf, open(['100'], [key(1, asOf), key(3, '2027-01-22')]));
    expect(plan.suspensions).toEqual([
      { from: '2026-12-22', dataDeletedOn: '2027-03-22', resumedOn: '2027-01-22', cardTopUp: null },
      { from: '2027-04-22', dataDeletedOn: '2027-07-21', resumedOn: null, cardTopUp: null },
    ]);
  });
});

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
