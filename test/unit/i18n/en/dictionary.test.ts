import { describe, expect, test } from 'vitest';
import type { ErrorParams, InputErrorCode } from '../../../../src/lib/core/errors';
import type { IssueCode, IssueParams } from '../../../../src/lib/pricing/issues';
import type { AddressNoticeCode } from '../../../../src/lib/address';
import { errors } from '../../../../src/i18n/en/errors';
import { issues } from '../../../../src/i18n/en/issues';
import { notices } from '../../../../src/i18n/en/notices';

// Sample data for every code. The types list every code, so a code added to the engine without a
// sample here fails the type check, and without an English message fails the walk below.
const errorSamples: { [C in InputErrorCode]: ErrorParams[C] } = {
  'invalid-lines': { max: 100 },
  'invalid-seats': { min: 0, max: 1_000_000 },
  'unknown-product': { value: 'office-2003' },
  'duplicate-product': { value: 'o365-e3' },
  'invalid-channel': { allowed: ['direct', 'enterprise-agreement'] },
  'invalid-date': {},
  'invalid-renewal': {},
  'date-before-price-book': { value: '2020-12-31', first: '2021-01-01' },
  'invalid-months': { min: 1, max: 120 },
  'invalid-term': { allowed: ['annual-yearly', 'annual-monthly', 'monthly'] },
  'invalid-groups': { max: 100 },
  'invalid-group': {},
  'duplicate-group': { value: 'staff' },
  'not-a-suite': { value: 'teams-premium' },
  'not-an-add-on': { value: 'm365-business-premium' },
  'duplicate-add-on': { value: 'teams-premium' },
  'invalid-count': { min: 0, max: 1_000_000 },
  'active-above-assigned': {},
  'invalid-amount': {},
  'invalid-spend': { months: 12 },
  'invalid-units': { min: 1, max: 10_000 },
  'too-many-keys': { max: 50 },
  'activation-before-purchase': {},
  'activation-too-late': { last: '2031-11-22', years: 5 },
};

const issueSamples: { [C in IssueCode]: IssueParams[C] } = {
  'over-seat-cap': { cap: 300, seats: 350, alternative: 'o365-e1' },
  'grant-only-volunteers': { volunteers: 5 },
  'staff-beyond-grant-unpriced': { grant: 300, unpriced: 50 },
  'no-nonprofit-price': {},
  'grant-not-in-channel': { grant: 2000, channel: 'direct', otherChannel: 'enterprise-agreement' },
};

// Notices' params as the page passes them: echoed text, and figures and dates already formatted.
const noticeSamples: { [C in AddressNoticeCode]: object | null } = {
  'unknown-key': { key: 'zz' },
  'duplicate-key': { key: 's', used: '5', count: 2 },
  'bad-value': { key: 'vo', value: '-3' },
  'date-out-of-range': { key: 'd', value: '9999-12-31', first: 'January 1, 2021', last: 'November 22, 2036' },
  'unknown-product': { value: 'office-2003' },
  'duplicate-product': { value: 'o365-e3' },
  'too-many': { key: 'ok', count: 351, limit: '50' },
  'newer-version': { value: '7' },
  'unknown-version': { value: 'x' },
  'bad-option': { key: 'theme', value: 'neon' },
  more: { count: 1992 },
  'storage-repaired': null,
  'storage-discarded': null,
};

/** A notice in English from its sample params. */
const noticeText = (code: AddressNoticeCode, params: object | null) => {
  const message = notices.messages[code];
  return typeof message === 'string' ? message : (message as (p: unknown) => string)(params);
};

const keys = (record: object) => Object.keys(record).sort();

describe('the English dictionary has a message for every engine code', () => {
  test('every input error code, and no other', () => {
    expect(keys(errors.messages)).toEqual(keys(errorSamples));
  });

  test.each(Object.entries(errorSamples))('the input error %s renders a sentence naming the field', (code, params) => {
    const message = errors.messages[code as InputErrorCode] as (field: string, p: unknown) => string;
    const text = message('lines[0].staff', params);
    expect(text).toMatch(/^lines\[0\]\.staff\b.*\.$/);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  test('every issue code, and no other', () => {
    expect(keys(issues)).toEqual(keys(issueSamples));
  });

  test.each(Object.entries(issueSamples))('the issue %s renders a sentence naming the product', (code, params) => {
    const message = issues[code as IssueCode] as (product: string, p: unknown) => string;
    const text = message('m365-business-basic', params);
    expect(text).toContain('Microsoft 365 Business Basic');
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  test('every notice code, and no other', () => {
    expect(keys(notices.messages)).toEqual(keys(noticeSamples));
  });

  test.each(Object.entries(noticeSamples))('the notice %s renders without gaps', (code, params) => {
    const text = noticeText(code as AddressNoticeCode, params);
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  test('repeated and dropped things are told in plain sentences, with a count', () => {
    expect(noticeText('too-many', noticeSamples['too-many'])).toBe('351 more credit keys were ignored: a link takes at most 50.');
    expect(noticeText('too-many', { key: 'l', count: 1, limit: '100' })).toBe('1 more product line was ignored: a link takes at most 100.');
    expect(noticeText('duplicate-key', noticeSamples['duplicate-key'])).toBe('The link gives the paid staff and unpaid leaders 2 times; the first, "5", was read and the others ignored.');
    expect(noticeText('bad-value', { key: 'l', value: 'o365-e3.2.5.5' })).toBe('The product line "o365-e3.2.5.5" is damaged, so it was dropped.');
    expect(noticeText('more', noticeSamples.more)).toBe('1,992 more things in the address could not be used either.');
  });
});
