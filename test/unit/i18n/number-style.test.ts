import { describe, expect, test } from 'vitest';
import { parseAmount, parseSeats } from '../../../src/lib/address';
import { numberStyle } from '../../../src/i18n/number-style';

describe('numberStyle', () => {
  test('English groups with a comma and marks decimals with a point', () => {
    expect(numberStyle('en')).toEqual({ decimal: '.', group: [','] });
  });

  test('Norwegian bokmål groups with a space, whichever space is typed, and marks decimals with a comma', () => {
    expect(numberStyle('nb')).toEqual({ decimal: ',', group: [' ', '\u00a0', '\u202f'] });
  });

  test('German groups with a point and marks decimals with a comma', () => {
    expect(numberStyle('de')).toEqual({ decimal: ',', group: ['.'] });
  });

  test('lets the parsers read what each locale writes', () => {
    expect(parseSeats(new Intl.NumberFormat('nb').format(12345), numberStyle('nb'))).toEqual({ ok: true, value: 12345 });
    expect(parseSeats(new Intl.NumberFormat('de').format(12345), numberStyle('de'))).toEqual({ ok: true, value: 12345 });
    expect(parseAmount(new Intl.NumberFormat('de', { minimumFractionDigits: 2 }).format(1234.5), null, numberStyle('de'))).toEqual({ ok: true, value: '1234.50' });
  });
});
