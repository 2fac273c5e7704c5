import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { amount, percentOf } from '../../../../src/lib/core/money';
import { cents } from '../../../../src/lib/pricing/price-line';
import { centsOf, moneyOfCents, percentOfCents } from '../../../../src/lib/core/cents';

const decimal = (c: number) => amount(c).div(100);
const anyCents = fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }));

describe('centsOf', () => {
  test('reads a money string as whole cents', () => {
    expect(centsOf('82.50')).toBe(8250);
    expect(centsOf('-0.05')).toBe(-5);
    expect(centsOf('0.00')).toBe(0);
  });

  test('answers null beyond what it handles exactly', () => {
    expect(centsOf('10000000000.00')).toBeNull();
  });
});

describe('moneyOfCents', () => {
  test('writes the same string as cents() for any amount in whole cents', () => {
    fc.assert(fc.property(anyCents, (c) => {
      expect(moneyOfCents(c)).toBe(cents(decimal(c)));
      expect(centsOf(moneyOfCents(c))).toBe(c);
    }));
  });
});

describe('percentOfCents', () => {
  test('gives the same string as percentOf, half up and down', () => {
    fc.assert(fc.property(anyCents, anyCents, (part, whole) => {
      expect(percentOfCents(part, whole)).toBe(percentOf(decimal(part), decimal(whole)));
      expect(percentOfCents(part, whole, 'down')).toBe(percentOf(decimal(part), decimal(whole), 'down'));
    }));
  });

  test('rounds a half up, away from zero, and down toward zero', () => {
    expect(percentOfCents(1, 8)).toBe('12.5');
    expect(percentOfCents(1, 16)).toBe('6.3');
    expect(percentOfCents(-1, 16)).toBe('-6.3');
    expect(percentOfCents(1, 16, 'down')).toBe('6.2');
    expect(percentOfCents(8499, 10000, 'down')).toBe('84.9');
  });

  test('writes a percentage that rounds to zero as 0.0, never -0.0', () => {
    expect(percentOfCents(-1, 100_000)).toBe('0.0');
  });

  test('answers null beyond what it handles exactly', () => {
    expect(percentOfCents(1e12, 3)).toBeNull();
  });
});
