import { describe, expect, test } from 'vitest';
import { planOpen } from '../../../../src/lib/azure';
import { asOf, key, open } from '../../../support/azure';
import { thrown } from '../../../support/errors';

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
    expect(thrown(() => planOpen(asOf, open(['10'], [key(1, '2031-11-23', asOf)])))).toMatchObject({
      code: 'activation-too-late', field: 'open.keys[0].activated', params: { last: '2031-11-22', years: 5 },
    });
    expect(thrown(() => planOpen(asOf, open(['10'], [key(1, '2026-11-21', asOf)])))).toMatchObject({ code: 'activation-before-purchase' });
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
