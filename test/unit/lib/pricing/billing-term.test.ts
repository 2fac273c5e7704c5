import { describe, expect, test } from 'vitest';
import { applySurcharge, quote, surchargeOn, termSurcharges } from '../../../../src/lib/pricing';
import { amount } from '../../../../src/lib/core/money';

describe('billing terms', () => {
  test('the surcharge applies to the unit price, rounded half up to the cent: $5.50 → $6.60, $22 → $26.40', () => {
    const monthly = surchargeOn('monthly', 'nonprofit', '2026-11-23');
    expect(applySurcharge(amount('5.50'), monthly).toFixed(2)).toBe('6.60');
    expect(applySurcharge(amount('22.00'), surchargeOn('monthly', 'commercial', '2026-11-23')).toFixed(2)).toBe('26.40');
    expect(applySurcharge(amount('2.25'), surchargeOn('annual-monthly', 'commercial', '2026-11-23')).toFixed(2)).toBe('2.36');
  });

  test('a monthly term costs nonprofits the base price until 31 Dec 2024 and 20 % more from 1 Jan 2025', () => {
    expect(termSurcharges('monthly', '2024-12-31').nonprofit).toBeUndefined();
    expect(termSurcharges('monthly', '2025-01-01').nonprofit?.percent.value).toBe('20');
    expect(termSurcharges('monthly', '2022-03-01').commercial?.percent.value).toBe('20');
  });

  test('an annual commitment paid monthly adds 5 % from 1 Apr 2025, uncertain for nonprofit prices', () => {
    const { nonprofit, commercial } = termSurcharges('annual-monthly', '2025-04-01');
    expect([nonprofit?.percent.value, nonprofit?.percent.confidence, nonprofit?.percent.caveat]).toEqual(['5', 'medium', 'nonprofit-application-unstated']);
    expect(commercial?.percent.caveat).toBeUndefined();
    expect(termSurcharges('annual-yearly', '2026-11-23')).toEqual({});
  });

  test('quote takes the term too; without one it prices the annual commitment paid yearly', () => {
    const input = { lines: [{ product: 'm365-business-premium', staff: 25, volunteers: 0 }], channel: 'direct' as const, asOf: '2026-11-23' };
    expect(quote(input).totals.nonprofitMonthly).toBe('137.50');
    expect(quote({ ...input, term: 'monthly' }).totals).toMatchObject({ nonprofitMonthly: '165.00', commercialMonthly: '660.00' });
    expect(quote({ ...input, term: 'monthly' }).term).toBe('monthly');
  });
});
