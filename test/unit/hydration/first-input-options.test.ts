import { describe, expect, test } from 'vitest';
import { nextChangeAfter } from '../../../src/hydration/first-input-options';

const book = {
  products: [
    { id: 'a', nonprofit: [{ from: '2024-01-01' }, { from: '2027-03-01' }], commercial: [{ from: '2023-06-01' }] },
    { id: 'b', nonprofit: [{ from: '2026-12-01' }], commercial: [] },
  ],
  surcharges: [{ term: 'annual-monthly', entries: [{ from: '2027-01-15' }] }],
  sources: [{ id: 's', date: '2028-01-01' }],
};

describe('nextChangeAfter', () => {
  test('finds the first dated entry after the day, wherever the book dates one', () => {
    expect(nextChangeAfter('2026-11-23', book)).toBe('2026-12-01');
    expect(nextChangeAfter('2026-12-01', book)).toBe('2027-01-15');
  });

  test('ignores dates that are not an entry taking effect (a source written later)', () => {
    expect(nextChangeAfter('2027-03-01', book)).toBeNull();
  });
});
