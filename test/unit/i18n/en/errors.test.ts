import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { quote, type QuoteInput } from '../../../../src/lib/pricing';
import { errorText } from '../../../../src/i18n/messages';
import { errors } from '../../../../src/i18n/en/errors';

const valid: QuoteInput = { lines: [{ product: 'm365-business-premium', staff: 25, volunteers: 0 }], channel: 'direct', asOf: '2023-01-10' };

/** The English message of the error quote() throws for an input, without the words that introduce it. */
function errorFor(input: unknown): string {
  try {
    quote(input as QuoteInput);
  } catch (error) {
    if (error instanceof QuoteInputError) return errorText(errors, error).replace(`${errors.failed} `, '');
    throw error;
  }
  throw new Error('quote() accepted the input');
}

describe('English messages of input errors', () => {
  test.each([-1, 2.5, 1_000_001])('staff seats of %s name the field and the range', (staff) => {
    expect(errorFor({ ...valid, lines: [{ ...valid.lines[0], staff }] })).toBe('lines[0].staff must be a whole number of seats from 0 to 1,000,000.');
  });

  test('an unknown product names the line and the product', () => {
    const lines = [valid.lines[0], { product: 'office-2003', staff: 1, volunteers: 0 }];
    expect(errorFor({ ...valid, lines })).toBe('lines[1].product: there is no product "office-2003" in the price book.');
  });

  test('a date before the price book names both dates', () => {
    expect(errorFor({ ...valid, asOf: '2020-12-31' })).toBe('asOf: prices apply from 2020-12-31, but the price book starts on 2021-01-01.');
  });

  test('an unknown channel lists the channels there are', () => {
    expect(errorFor({ ...valid, channel: 'retail' })).toBe('channel must be "direct" or "enterprise-agreement".');
  });

  test('lines that are not a list name the limit', () => {
    expect(errorFor({ ...valid, lines: 'all' })).toBe('lines must be a list of product lines (at most 100).');
  });

  test('the page introduces the message with what went wrong', () => {
    expect(errorText(errors, new QuoteInputError('invalid-date', 'asOf', {}))).toBe(
      'This combination could not be priced: asOf must be a real date written YYYY-MM-DD.',
    );
  });
});
