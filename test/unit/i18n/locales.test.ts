import { describe, expect, test } from 'vitest';
import { HOME_CURRENCY, LANGUAGE_NAMES, isLocale } from '../../../src/i18n/languages';
import { DEFAULT_LOCALE, LOCALES, intlTag, localePath } from '../../../src/i18n/locales';
import { pageStrings, switcherStrings } from '../../../src/i18n/pages';

describe('locales', () => {
  test('the site is in English, Norwegian bokmål and German, English at the root', () => {
    expect(LOCALES).toEqual(['en', 'nb', 'de']);
    expect(DEFAULT_LOCALE).toBe('en');
  });

  test('English keeps US formats; Norwegian and German are formatted as in Norway and Germany', () => {
    expect([intlTag('en'), intlTag('nb'), intlTag('de')]).toEqual(['en-US', 'nb-NO', 'de-DE']);
  });

  test.each(LOCALES)('%s has an Intl tag that Intl knows, page strings and a switcher label', (locale) => {
    expect(Intl.NumberFormat.supportedLocalesOf([intlTag(locale)])).toEqual([intlTag(locale)]);
    expect(pageStrings(locale).site.title).not.toBe('');
    expect(switcherStrings(locale).label).not.toBe('');
  });

  test('each language is named in itself', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', nb: 'Norsk bokmål', de: 'Deutsch' });
  });

  test('pages live at the root for English and in a folder per other language', () => {
    expect(LOCALES.map((locale) => localePath(locale))).toEqual(['/', '/nb/', '/de/']);
    expect(LOCALES.map((locale) => localePath(locale, 'embed'))).toEqual(['/embed/', '/nb/embed/', '/de/embed/']);
  });

  test('only the three locales are locales', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    for (const value of ['EN', 'no', 'de-DE', '', null, 'toString']) expect(isLocale(value)).toBe(false);
  });

  test('the currency offered first follows the language, and none on the English pages', () => {
    expect(HOME_CURRENCY).toEqual({ en: null, nb: 'NOK', de: 'EUR' });
  });
});
