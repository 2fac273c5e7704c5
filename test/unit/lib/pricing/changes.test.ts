import { describe, expect, test } from 'vitest';
import { acrossChange, changesAffecting, type QuoteInput } from '../../../../src/lib/pricing';

const input: QuoteInput = {
  lines: [
    { product: 'm365-business-premium', staff: 25, volunteers: 0 },
    { product: 'm365-e3', staff: 5, volunteers: 0 },
    { product: 'power-apps-premium', staff: 2, volunteers: 0 },
  ],
  channel: 'direct',
  asOf: '2026-11-22',
  renewal: '03-15',
};

describe('acrossChange', () => {
  test('compares the day before with the day of the change and lists what differs', () => {
    const change = acrossChange(input, '2022-09-01');
    expect(change.comparison.a.asOf).toBe('2022-08-31');
    expect(change.differences).toEqual([
      { product: 'm365-business-premium', name: 'Microsoft 365 Business Premium', kind: 'price', before: '5.00', after: '5.50' },
      { product: 'm365-e3', name: 'Microsoft 365 E3', kind: 'price', before: '8.00', after: '9.00' },
    ]);
    expect(change.comparison.reachesCustomerOn).toBe('2023-03-15');
  });
});

describe('changesAffecting', () => {
  test('lists the later changes that alter the selection, oldest first', () => {
    const changes = changesAffecting(input, '2022-09-01');
    expect(changes.map((c) => [c.date, c.differences.map((d) => `${d.product} ${d.kind} ${d.before}→${d.after}`)])).toEqual([
      ['2025-07-01', ['m365-business-premium grant 10→0']],
      ['2026-07-01', ['m365-e3 list 36.00→39.00']],
    ]);
  });

  test('leaves out changes that touch nothing selected', () => {
    expect(changesAffecting({ ...input, lines: [{ product: 'power-apps-premium', staff: 3, volunteers: 0 }] }, '2022-09-01')).toEqual([]);
  });
});
