import { describe, expect, test } from 'vitest';
import { amount, isMoneyString, percentOf, roundToCent, toMoneyString } from '../../../../src/lib/core/money';

describe('money', () => {
  test('rounds to the cent, half up', () => {
    expect(toMoneyString(amount('0.005'))).toBe('0.01');
    expect(toMoneyString(amount('0.0049999'))).toBe('0.00');
    expect(toMoneyString(amount('2.675'))).toBe('2.68');
    expect(roundToCent(amount('1.005')).toFixed(2)).toBe('1.01');
  });

  test('is exact where floats are not', () => {
    expect(toMoneyString(amount('0.1').plus(amount('0.2')))).toBe('0.30');
    expect(amount('0.1').plus(amount('0.2')).equals(amount('0.3'))).toBe(true);
  });

  test('accepts only plain non-negative prices with two decimals', () => {
    expect(['0.00', '5.50', '1250.00'].every(isMoneyString)).toBe(true);
    expect(['-1.00', '5.5', '0x10', '1_000.00', 'Infinity', '1e3', '05.50', ' 5.50', 5.5].some(isMoneyString)).toBe(false);
  });

  test('percentOf gives one decimal and zero for a zero whole', () => {
    expect(percentOf(amount('55'), amount('60'))).toBe('91.7');
    expect(percentOf(amount('1'), amount('0'))).toBe('0.0');
  });
});
