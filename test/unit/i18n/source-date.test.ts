import { describe, expect, test } from 'vitest';
import { formatSourceDate } from '../../../src/i18n/source-date';

describe('formatSourceDate', () => {
  test('writes a source date as precisely as it is known', () => {
    expect(['2026', '2022-02', '2022-01-24'].map((date) => formatSourceDate(date, 'en'))).toEqual(['2026', 'February 2022', 'January 24, 2022']);
  });

  test('writes bounds as a range, with the thin spaces Intl puts around the dash', () => {
    expect(formatSourceDate('2023-10/2025-06', 'en')).toBe('October 2023\u2009–\u2009June 2025');
    expect(formatSourceDate('2014/2016', 'en')).toBe('2014\u2009–\u20092016');
  });
});
