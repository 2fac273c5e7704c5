import { describe, expect, test } from 'vitest';
import type { InputErrorCode } from '../../../../src/lib/core/errors';
import type { IssueCode } from '../../../../src/lib/pricing/issues';
import type { AddressNoticeCode } from '../../../../src/lib/address';
import { errors } from '../../../../src/i18n/en/errors';
import { issues } from '../../../../src/i18n/en/issues';
import { notices } from '../../../../src/i18n/en/notices';
// Sample params for every engine code, shared with the translations' walk: a code added to the engine
// without a sample fails the type check there, and without an English message fails the walk below.
import { errorSamples, issueSamples } from '../../../support/dictionary-walk';

// Notices' params as the page passes them: echoed text, and figures and dates already formatted.
const noticeSamples: { [C in AddressNoticeCode]: object | null } = {
  'unknown-key': { from: 'link', key: 'zz' },
  'duplicate-key': { from: 'link', key: 's', used: '5', count: 2 },
  'bad-value': { from: 'link', key: 'vo', value: '-3' },
  'date-out-of-range': { from: 'link', key: 'd', value: '9999-12-31', first: 'January 1, 2021', last: 'November 22, 2036', kept: 'November 22, 2026' },
  'unknown-product': { from: 'saved', key: 'l', value: 'office-2003' },
  'duplicate-product': { from: 'link', value: 'o365-e3' },
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
    expect(noticeText('too-many', noticeSamples['too-many'])).toBe('351 more credit keys were left out: an estimate holds at most 50.');
    expect(noticeText('too-many', { key: 'l', count: 1, limit: '100' })).toBe('1 more product line was left out: an estimate holds at most 100.');
    expect(noticeText('duplicate-key', noticeSamples['duplicate-key'])).toBe('The link gives the paid staff and unpaid leaders 2 times; the estimate uses the first, "5", and ignores the others.');
    expect(noticeText('bad-value', { from: 'link', key: 'l', value: 'o365-e3.2.5.5' })).toBe('The link\'s product line "o365-e3.2.5.5" is damaged, so that line was dropped.');
    expect(noticeText('bad-value', { from: 'saved', key: 'g', value: '5.2.m365-e3..' })).toBe('The saved estimate\'s group "5.2.m365-e3.." is damaged, so that group was dropped.');
    expect(noticeText('more', noticeSamples.more)).toBe('1,992 more things could not be used either.');
  });

  test('a value that could not be used says what was wrong and what the estimate uses instead', () => {
    expect(noticeText('bad-value', { from: 'link', key: 'c', value: 'zz', kept: 'Direct or CSP partner' })).toBe(
      'The link\'s "how you buy" value "zz" is not one we know, so the estimate uses Direct or CSP partner.',
    );
    expect(noticeText('bad-value', noticeSamples['bad-value'])).toBe('The link\'s "volunteers" value "-3" is not a number of people, so the estimate keeps the value it had.');
    expect(noticeText('date-out-of-range', noticeSamples['date-out-of-range'])).toBe(
      'The link\'s date of the estimate "9999-12-31" is outside the dates the calculator can plan for (January 1, 2021 to November 22, 2036), so the estimate uses November 22, 2026.',
    );
  });

  test('a product the calculator does not know: a line is dropped, a group is kept without it', () => {
    expect(noticeText('unknown-product', noticeSamples['unknown-product'])).toBe(
      'The saved estimate names a product "office-2003" the calculator does not know (it may have been withdrawn), so that line was dropped.',
    );
    expect(noticeText('unknown-product', { from: 'link', key: 'g', value: 'office-2003' })).toBe(
      'The link names a product "office-2003" the calculator does not know (it may have been withdrawn), so its group is kept without it.',
    );
  });
});

describe('the featured change is dated as every other English date', () => {
  test('month first, as the page writes dates elsewhere ("November 1, 2022")', async () => {
    const { changeDate } = await import('../../../../src/i18n/en/change-date');
    const { outlook } = await import('../../../../src/i18n/en/outlook');
    const { formatters } = await import('../../../../src/i18n/format');
    expect(changeDate('2022-09-01')).toBe(formatters('en').date('2022-09-01'));
    expect(changeDate('2022-09-01')).toBe('September 1, 2022');
    expect(changeDate('2022-08-31', 'short')).toBe('Aug 31, 2022');
    expect(outlook.change.heading).toBe('What changed on September 1, 2022');
  });
});
