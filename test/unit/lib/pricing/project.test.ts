import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { project, switchMonths, type QuoteInput } from '../../../../src/lib/pricing';

const premium25: QuoteInput = {
  lines: [{ product: 'm365-business-premium', staff: 25, volunteers: 0 }],
  channel: 'direct',
  asOf: '2022-08-15',
  renewal: '11-01',
};

describe('project', () => {
  test('keeps the old price until the renewal, then switches', () => {
    const p = project(premium25, 14);
    expect(p.months.map((m) => m.nonprofit)).toEqual(['75.00', '75.00', '75.00', ...Array(11).fill('82.50')]);
    expect(p.months[3]).toEqual({ start: '2022-11-15', priceDate: '2022-11-01', nonprofit: '82.50', commercial: '550.00', savings: '467.50' });
    expect(p.switches).toEqual([{ date: '2022-11-01', nonprofitBefore: '75.00', nonprofitAfter: '82.50', commercialBefore: '500.00', commercialAfter: '550.00' }]);
    expect(p.totals).toEqual({ nonprofit: '1132.50', commercial: '7550.00', savings: '6417.50' });
  });

  test('a new purchase renews on the anniversary of its first day', () => {
    const { renewal: _, ...newPurchase } = premium25;
    const p = project({ ...newPurchase, asOf: '2024-12-01' }, 36);
    expect(p.switches).toEqual([{ date: '2025-12-01', nonprofitBefore: '82.50', nonprofitAfter: '137.50', commercialBefore: '550.00', commercialAfter: '550.00' }]);
    expect(p.totals.nonprofit).toBe('4290.00');
  });

  test('reports no switch when a renewal changes nothing', () => {
    const p = project({ ...premium25, lines: [{ product: 'power-apps-premium', staff: 3, volunteers: 0 }], asOf: '2023-01-10' }, 36);
    expect(p.switches).toEqual([]);
    expect(p.totals.nonprofit).toBe('540.00');
  });

  test('switchMonths names the month in which each switch shows: the first to start on or after it', () => {
    expect(switchMonths(project(premium25, 14))).toEqual([3]);
    expect(switchMonths(project({ ...premium25, asOf: '2022-08-01' }, 14))).toEqual([3]);
    expect(switchMonths(project({ ...premium25, asOf: '2023-01-10' }, 6))).toEqual([]);
  });

  test.each([0, 121, 1.5, Number.NaN])('rejects %s months', (months) => {
    expect(() => project(premium25, months)).toThrow(QuoteInputError);
  });
});
