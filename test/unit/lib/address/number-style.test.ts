import { describe, expect, test } from 'vitest';
import { DEFAULT_NUMBER_STYLE, splitNumber } from '../../../../src/lib/address';

describe('splitNumber', () => {
  test('splits sign, whole digits without their groups, and decimals', () => {
    expect(splitNumber('-1,234.50', DEFAULT_NUMBER_STYLE)).toEqual({ negative: true, whole: '1234', fraction: '50' });
    expect(splitNumber('7', DEFAULT_NUMBER_STYLE)).toEqual({ negative: false, whole: '7', fraction: null });
  });

  test('takes groups only where they belong: one to three digits first, then threes to the end', () => {
    expect(splitNumber('1,0000', DEFAULT_NUMBER_STYLE)).toBeNull();
    expect(splitNumber('1234,567', DEFAULT_NUMBER_STYLE)).toBeNull();
    expect(splitNumber('123,456,789', DEFAULT_NUMBER_STYLE)?.whole).toBe('123456789');
  });

  test('treats separators as text, never as pattern syntax', () => {
    const odd = { decimal: '*', group: ['|', '.'] };
    expect(splitNumber('1|200.000*5', odd)).toEqual({ negative: false, whole: '1200000', fraction: '5' });
    expect(splitNumber('12005', odd)?.whole).toBe('12005');
  });

  test('is no number without a digit', () => {
    expect(splitNumber('-', DEFAULT_NUMBER_STYLE)).toBeNull();
    expect(splitNumber('.', DEFAULT_NUMBER_STYLE)).toBeNull();
  });
});
