import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, intlTag } from '../../../src/i18n/locales';
import { pageStrings } from '../../../src/i18n/pages';

describe('locales', () => {
  test('the default locale is one of the locales', () => {
    expect(LOCALES).toContain(DEFAULT_LOCALE);
  });

  test('English keeps US formats', () => {
    expect(intlTag('en')).toBe('en-US');
  });

  test.each(LOCALES)('%s has an Intl tag that Intl knows, and page strings', (locale) => {
    expect(Intl.NumberFormat.supportedLocalesOf([intlTag(locale)])).toEqual([intlTag(locale)]);
    expect(pageStrings(locale).site.title).not.toBe('');
  });
});
