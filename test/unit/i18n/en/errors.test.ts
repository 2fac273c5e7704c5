import { describe, expect, test } from 'vitest';
import { planGrant, planOpen } from '../../../../src/lib/azure';
import { QuoteInputError } from '../../../../src/lib/core';
import { quote, type QuoteInput } from '../../../../src/lib/pricing';
import { errorText } from '../../../../src/i18n/messages';
import { errors } from '../../../../src/i18n/en/errors';
import { thrown } from '../../../support/errors';

const valid: QuoteInput = { lines: [{ product: 'm365-business-premium', staff: 25, volunteers: 0 }], channel: 'direct', asOf: '2023-01-10' };

/** The English message of the input error a call throws, without the words that introduce it. */
const messageOf = (work: () => unknown): string => errorText(errors, thrown(work)).replace(`${errors.failed} `, '');

const errorFor = (input: unknown) => messageOf(() => quote(input as QuoteInput));
const asOf = '2026-11-22';
const key = (activated: string) => ({ units: 1, purchased: asOf, activated });

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

  test('a spend of the wrong shape says what the planner takes', () => {
    expect(messageOf(() => planGrant(asOf, { start: asOf, usedSoFar: '0', spend: ['-5'] }))).toMatch(/^grant.spend must be one monthly amount/);
  });

  test('a key activated too late names the last day it could have been', () => {
    expect(messageOf(() => planOpen(asOf, { spend: ['10'], keys: [key('2031-11-23')], threshold: null }))).toBe(
      'open.keys[0].activated: a key must be activated within 5 years of purchase, so by 2031-11-22 at the latest.',
    );
  });

  test('a key activated before it was bought says so', () => {
    expect(messageOf(() => planOpen(asOf, { spend: ['10'], keys: [key('2026-11-21')], threshold: null }))).toMatch(/cannot be activated before it is bought/);
  });

  test('the page introduces the message with what went wrong', () => {
    expect(errorText(errors, new QuoteInputError('invalid-date', 'asOf', {}))).toBe(
      'This combination could not be priced: asOf must be a real date written YYYY-MM-DD.',
    );
  });
});
