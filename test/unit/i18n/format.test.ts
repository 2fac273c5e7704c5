import { describe, expect, test } from 'vitest';
import { formatters } from '../../../src/i18n/format';

const f = formatters('en');

describe('formatters for English', () => {
  test('money is exact to the cent from a decimal string, in US dollars', () => {
    expect(f.money('82.50')).toBe('$82.50');
    expect(f.money('1234567.89')).toBe('$1,234,567.89');
    expect(f.money('-7.50')).toBe('-$7.50');
  });

  test('a decimal string with more digits than a float holds is formatted without rounding through a float', () => {
    expect(f.money('90071992547409.93')).toBe('$90,071,992,547,409.93');
  });

  test('whole money drops the cents of a round figure', () => {
    expect(f.wholeMoney('2000.00')).toBe('$2,000');
    expect(f.wholeMoney('100.00')).toBe('$100');
  });

  test('counts have thousands separators', () => {
    expect(f.count(1_000_000)).toBe('1,000,000');
  });

  test('plurals follow the language rules: one, and the rest', () => {
    const seats = { one: 'seat', other: 'seats' };
    expect(f.plural(1, seats)).toBe('1 seat');
    expect(f.plural(0, seats)).toBe('0 seats');
    expect(f.plural(2000, seats)).toBe('2,000 seats');
  });

  test('percentages keep one decimal at most', () => {
    expect(f.percent('85.0')).toBe('85%');
    expect(f.percent('33.3')).toBe('33.3%');
  });

  test('dates are calendar days, with no time zone shift', () => {
    expect(f.date('2022-09-01')).toBe('September 1, 2022');
    expect(f.date('2026-12-31')).toBe('December 31, 2026');
  });

  test('chart axes and months are short; a month in a label is long', () => {
    expect(f.axisMoney(1500)).toBe('$1.5K');
    expect(f.monthShort('2026-11-22')).toBe('Nov');
    expect(f.monthLong('2026-11-22')).toBe('November 2026');
  });

  test("an amount in the user's own currency has two decimals and no symbol", () => {
    expect(f.plainAmount('625')).toBe('625.00');
  });

  test('countries are named in the language and sorted in its order', () => {
    expect(f.region('NO')).toBe('Norway');
    expect(['Zambia', 'Åland Islands', 'Austria'].sort(f.compare)).toEqual(['Åland Islands', 'Austria', 'Zambia']);
  });

  test('a locale gets one set of formatters, made once', () => {
    expect(formatters('en')).toBe(f);
  });
});

describe('formatters for Norwegian bokmål and German', () => {
  const nb = formatters('nb');
  const de = formatters('de');

  test('money stays in US dollars, written as each language writes an amount', () => {
    expect(nb.money('1234.50')).toBe(new Intl.NumberFormat('nb-NO', { style: 'currency', currency: 'USD' }).format(1234.5));
    expect(nb.money('1234.50')).toMatch(/^1\u00a0234,50\u00a0(USD|US\$)$/);
    expect(de.money('1234.50')).toBe('1.234,50\u00a0$');
  });

  test('counts group thousands with a no-break space in Norwegian and a point in German', () => {
    expect(nb.count(1200)).toBe('1\u00a0200');
    expect(de.count(1200)).toBe('1.200');
  });

  test('dates are written day first, with points', () => {
    expect(nb.date('2026-11-23')).toBe('23.11.2026');
    expect(de.date('2026-11-23')).toBe('23.11.2026');
    expect(de.date('2027-01-05')).toBe('05.01.2027');
  });

  test('English dates keep the month by name, never the ambiguous 11/23/2026', () => {
    expect(f.date('2026-11-23')).toBe('November 23, 2026');
  });

  test('plurals follow each language through Intl.PluralRules', () => {
    const seats = { one: 'lisens', other: 'lisenser' };
    expect(nb.plural(1, seats)).toBe('1 lisens');
    expect(nb.plural(2000, seats)).toBe('2\u00a0000 lisenser');
    expect(de.plural(1, { one: 'Lizenz', other: 'Lizenzen' })).toBe('1 Lizenz');
    expect(de.plural(0, { one: 'Lizenz', other: 'Lizenzen' })).toBe('0 Lizenzen');
  });
});
