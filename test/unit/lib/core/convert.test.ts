import { describe, expect, test } from 'vitest';
import { convertAmount, isRate } from '../../../../src/lib/core';

describe('convertAmount', () => {
  test('multiplies exactly and rounds to the cent once, half up', () => {
    expect(convertAmount('137.50', '10.80')).toBe('1485.00');
    expect(convertAmount('0.05', '10.5')).toBe('0.53');
    expect(convertAmount('1650.00', '0.923456')).toBe('1523.70');
  });

  test('a float would lose what decimals keep', () => {
    // 0.1 × 3 is 0.30000000000000004 in floating point.
    expect(convertAmount('0.10', '3')).toBe('0.30');
    expect(convertAmount('90071992547409.93', '1')).toBe('90071992547409.93');
  });
});

describe('isRate', () => {
  test.each(['10.80', '1', '0.5', '999999.999999'])('%s is a rate', (value) => {
    expect(isRate(value)).toBe(true);
  });

  test.each(['0', '0.000', '-1', '1e3', '10,80', '1000000', '1.1234567', '', ' 1', '01'])('%s is not', (value) => {
    expect(isRate(value)).toBe(false);
  });
});
