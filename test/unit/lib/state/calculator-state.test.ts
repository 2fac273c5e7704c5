import { describe, expect, test } from 'vitest';
import { quote } from '../../../../src/lib/pricing';
import { defaultState, toQuoteInput } from '../../../../src/lib/state';

describe('toQuoteInput', () => {
  test('fills the organisation counts into lines that follow them', () => {
    const state = defaultState('2023-01-10');
    expect(toQuoteInput(state)).toEqual({
      lines: [
        { product: 'm365-business-premium', staff: 25, volunteers: 0 },
        { product: 'o365-e1', staff: 0, volunteers: 40 },
        { product: 'power-apps-per-app', staff: 12, volunteers: 0 },
      ],
      channel: 'direct',
      asOf: '2023-01-10',
    });
  });

  test('passes a renewal on and prices the default state', () => {
    const state = defaultState('2022-09-15');
    const input = toQuoteInput({ ...state, organisation: { ...state.organisation, renewal: '11-01' } });
    expect(input.renewal).toBe('11-01');
    expect(quote(input).totals.nonprofitMonthly).toBe('160.00');
  });
});
