import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { windowsGrant } from '../../../../src/lib/programme';

describe('windowsGrant', () => {
  test('grants up to 50 and totals the fee exactly', () => {
    expect(windowsGrant(12, '9.95')).toEqual({ requested: 12, granted: 12, overLimit: 0, limit: 50, feeTotal: '119.40' });
  });

  test('licences over the 50 limit are named, and carry no fee', () => {
    expect(windowsGrant(64, '12.5')).toEqual({ requested: 64, granted: 50, overLimit: 14, limit: 50, feeTotal: '625.00' });
  });

  test('sums exactly where floats would not', () => {
    expect(windowsGrant(3, '0.10').feeTotal).toBe('0.30');
  });

  test('no fee entered: no total', () => {
    expect(windowsGrant(5, null).feeTotal).toBeNull();
  });

  test.each(['-1', '1e3', '0x10', '12,50', '1.005'])('refuses the fee "%s"', (fee) => {
    expect(() => windowsGrant(5, fee)).toThrow(QuoteInputError);
  });
});
