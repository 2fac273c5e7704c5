import { describe, expect, test } from 'vitest';
import { priceOrganisation, quote } from '../../../../src/lib/pricing';
import { defaultState, numberGroups, toOrganisationInput, toQuoteInput, type CalculatorState } from '../../../../src/lib/state';

const priced = (state: CalculatorState) => toQuoteInput(state, priceOrganisation(toOrganisationInput(state)));

describe('toQuoteInput', () => {
  test('gives each product the seats that can be bought: grant-eligible groups as staff, guests none', () => {
    expect(priced(defaultState('2023-01-10'))).toEqual({
      lines: [
        { product: 'm365-business-premium', staff: 25, volunteers: 0 },
      ],
      channel: 'direct',
      asOf: '2023-01-10',
      term: 'annual-yearly',
    });
  });

  test('leaves blocked seats out: 400 staff on Business Premium give the line 300', () => {
    const state = { ...defaultState('2026-11-23'), groups: numberGroups([{ name: '', people: 400, grantEligible: true, suite: 'm365-business-premium', addOns: [] }]) };
    expect(priced(state).lines).toEqual([{ product: 'm365-business-premium', staff: 300, volunteers: 0 }]);
  });

  test('passes the renewal and the term on, and prices as the organisation does', () => {
    const state = defaultState('2026-11-23');
    const monthly: CalculatorState = { ...state, organisation: { ...state.organisation, renewal: '11-01', term: 'monthly' } };
    const input = priced(monthly);
    expect([input.renewal, input.term]).toEqual(['11-01', 'monthly']);
    expect(quote(input).totals.nonprofitMonthly).toBe(priceOrganisation(toOrganisationInput(monthly)).totals.nonprofitMonthly);
  });

  test('without a priced organisation (an input error) it has no lines', () => {
    expect(toQuoteInput(defaultState('2026-11-23'), null).lines).toEqual([]);
  });
});
