import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { quote, type QuoteInput } from '../../../../src/lib/pricing';

const valid: QuoteInput = {
  lines: [{ product: 'm365-business-premium', staff: 25, volunteers: 0 }],
  channel: 'direct',
  asOf: '2023-01-10',
};

/** The error quote() throws for an input, so tests can assert its code, field and params. */
function errorFor(input: unknown): QuoteInputError {
  try {
    quote(input as QuoteInput);
  } catch (error) {
    if (error instanceof QuoteInputError) return error;
    throw error;
  }
  throw new Error('quote() accepted the input');
}

const withStaff = (staff: unknown) => ({ ...valid, lines: [{ ...valid.lines[0], staff }] });

describe('quote: bad input raises one typed error naming the field', () => {
  test.each([
    ['negative', -1],
    ['fractional', 2.5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['over a million', 1_000_001],
    ['a string', '25'],
  ])('staff seats that are %s', (_, staff) => {
    const error = errorFor(withStaff(staff));
    expect(error).toMatchObject({ name: 'QuoteInputError', code: 'invalid-seats', field: 'lines[0].staff' });
    expect(error.params).toEqual({ min: 0, max: 1_000_000 });
  });

  test('a million seats is still accepted', () => {
    expect(quote(withStaff(1_000_000) as QuoteInput).totals.paidSeats).toBe(999_990);
  });

  test('volunteer seats are checked too', () => {
    expect(errorFor({ ...valid, lines: [{ product: 'o365-e3', staff: 1, volunteers: -3 }] })).toMatchObject({ field: 'lines[0].volunteers' });
  });

  test('an unknown product', () => {
    const error = errorFor({ ...valid, lines: [valid.lines[0], { product: 'office-2003', staff: 1, volunteers: 0 }] });
    expect(error).toMatchObject({ code: 'unknown-product', field: 'lines[1].product' });
    expect(error.params).toEqual({ value: 'office-2003' });
  });

  test('a product on two lines, whose grant would otherwise count twice', () => {
    expect(errorFor({ ...valid, lines: [valid.lines[0], valid.lines[0]] })).toMatchObject({ code: 'duplicate-product', field: 'lines[1].product' });
  });

  test('lines that are not a list', () => {
    expect(errorFor({ ...valid, lines: 'all' })).toMatchObject({ code: 'invalid-lines', field: 'lines' });
  });

  test('an unknown channel', () => {
    expect(errorFor({ ...valid, channel: 'retail' })).toMatchObject({ code: 'invalid-channel', field: 'channel' });
  });

  test.each(['2023-02-30', '2023-13-01', '23-01-10', '2023-1-10', '', 'today', '0999-12-31'])('an impossible or malformed date "%s"', (asOf) => {
    expect(errorFor({ ...valid, asOf })).toMatchObject({ code: 'invalid-date', field: 'asOf' });
  });

  test.each(['13-01', '02-30', '1-11', '2023-11-01', ''])('a malformed renewal "%s"', (renewal) => {
    expect(errorFor({ ...valid, renewal })).toMatchObject({ code: 'invalid-renewal', field: 'renewal' });
  });

  test('a date before the price book starts', () => {
    const error = errorFor({ ...valid, asOf: '2020-12-31' });
    expect(error).toMatchObject({ code: 'date-before-price-book', field: 'asOf' });
    expect(error.params).toEqual({ value: '2020-12-31', first: '2021-01-01' });
  });

  test('a renewal whose term began before the price book starts names the renewal', () => {
    expect(errorFor({ ...valid, asOf: '2021-06-01', renewal: '07-01' })).toMatchObject({ code: 'date-before-price-book', field: 'renewal' });
  });
});
