import { describe, expect, test } from 'vitest';
import { parseAmount, parseSeats } from '../../../src/lib/address';
import { editableAmount, localeNumberStyle, numberStyle } from '../../../src/i18n/number-style';

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

describe('input by page language', () => {
  const en = localeNumberStyle('en');
  const nb = localeNumberStyle('nb');
  const de = localeNumberStyle('de');

  test('each page reads seats grouped as its language groups thousands, or not grouped at all', () => {
    expect(parseSeats('1,200', en)).toEqual({ ok: true, value: 1200 });
    expect(parseSeats('1 200', nb)).toEqual({ ok: true, value: 1200 });
    expect(parseSeats('1\u00a0200', nb)).toEqual({ ok: true, value: 1200 });
    expect(parseSeats('1.200', de)).toEqual({ ok: true, value: 1200 });
    for (const style of [en, nb, de]) expect(parseSeats('1200', style)).toEqual({ ok: true, value: 1200 });
  });

  test("another language's grouping is refused with a message, never guessed", () => {
    // On the English page "1.200" reads as one and two hundred thousandths: not a whole seat count.
    expect(parseSeats('1.200', en)).toEqual({ ok: false, problem: 'fraction' });
    expect(parseSeats('1.200', nb)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseSeats('1,200', nb)).toEqual({ ok: false, problem: 'fraction' });
    expect(parseSeats('1,200', de)).toEqual({ ok: false, problem: 'fraction' });
    expect(parseSeats('1 200', de)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseSeats('1 200', en)).toEqual({ ok: false, problem: 'not-a-number' });
  });

  test('each page reads amounts with its decimal mark', () => {
    expect(parseAmount('1,234.50', null, en)).toEqual({ ok: true, value: '1234.50' });
    expect(parseAmount('1 234,50', null, nb)).toEqual({ ok: true, value: '1234.50' });
    expect(parseAmount('12,5', null, nb)).toEqual({ ok: true, value: '12.5' });
    expect(parseAmount('1.234,50', null, de)).toEqual({ ok: true, value: '1234.50' });
  });

  test('a decimal written with the other mark gets its own message', () => {
    expect(parseAmount('12,50', null, en)).toEqual({ ok: false, problem: 'decimal-mark' });
    expect(parseAmount('12.50', null, nb)).toEqual({ ok: false, problem: 'decimal-mark' });
    expect(parseAmount('12.50', null, de)).toEqual({ ok: false, problem: 'decimal-mark' });
  });

  test('an amount that could be read two ways is refused, not guessed', () => {
    // "1.200" is 1,200 in German but 1.2 with a stray zero in English: neither page guesses the other.
    expect(parseAmount('1.200', null, en)).toEqual({ ok: false, problem: 'not-an-amount' });
    expect(parseAmount('1,200', null, de)).toEqual({ ok: false, problem: 'not-an-amount' });
    expect(parseAmount('1.200', null, de)).toEqual({ ok: true, value: '1200' });
  });

  test('a field shows a stored amount in its language, and reads it back unchanged', () => {
    for (const style of [en, nb, de]) expect(parseAmount(editableAmount('1234.50', style), null, style)).toEqual({ ok: true, value: '1234.50' });
    expect(editableAmount('12.50', de)).toBe('12,50');
    expect(editableAmount('150', nb)).toBe('150');
  });
});
