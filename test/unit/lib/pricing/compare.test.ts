import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { compareDates, type QuoteInput } from '../../../../src/lib/pricing';

const input: QuoteInput = {
  lines: [
    { product: 'm365-business-premium', staff: 25, volunteers: 0 },
    { product: 'o365-e3', staff: 0, volunteers: 10 },
    { product: 'm365-business-standard', staff: 0, volunteers: 4 },
  ],
  channel: 'direct',
  asOf: '2022-08-15',
  renewal: '11-01',
};

describe('compareDates', () => {
  test('prices the selection the day before and the day of the 1 Sept 2022 change, per line and in total', () => {
    const c = compareDates(input, '2022-08-31', '2022-09-01');
    expect(c.lines.map((l) => [l.product, l.nonprofitMonthlyA, l.nonprofitMonthlyB, l.changeMonthly, l.changeAnnual])).toEqual([
      ['m365-business-premium', '75.00', '82.50', '7.50', '90.00'],
      ['o365-e3', '45.00', '58.00', '13.00', '156.00'],
      ['m365-business-standard', '12.00', '12.00', '0.00', '0.00'],
    ]);
    expect(c.totals).toMatchObject({ nonprofitMonthlyA: '132.00', nonprofitMonthlyB: '152.50', changeMonthly: '20.50', changeAnnual: '246.00' });
  });

  test('says the change reaches a renewing customer at its next renewal', () => {
    expect(compareDates(input, '2022-08-31', '2022-09-01').reachesCustomerOn).toBe('2022-11-01');
    expect(compareDates({ ...input, renewal: '09-01' }, '2022-08-31', '2022-09-01').reachesCustomerOn).toBe('2022-09-01');
    const { renewal: _, ...newPurchase } = input;
    expect(compareDates(newPurchase, '2022-08-31', '2022-09-01').reachesCustomerOn).toBe('2022-09-01');
  });

  test('shows the 2025 grant retirement for a direct customer', () => {
    const c = compareDates({ ...input, lines: [input.lines[0]!] }, '2025-06-30', '2025-07-01');
    expect(c.totals).toMatchObject({ nonprofitMonthlyA: '82.50', nonprofitMonthlyB: '137.50', changeMonthly: '55.00' });
  });

  test('rejects a malformed comparison date', () => {
    expect(() => compareDates(input, '2022-08-31', '1 Sept 2022')).toThrow(QuoteInputError);
  });
});
