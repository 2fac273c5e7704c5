import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../../src/i18n/locales';

const folder = (locale: string) => `src/islands/${locale}`;
const entries = readdirSync(folder(DEFAULT_LOCALE)).sort();
const read = (locale: string, file: string) => readFileSync(`${folder(locale)}/${file}`, 'utf8');
const LANGUAGE = { en: 'English', nb: 'Norwegian bokmål', de: 'German' } as const;

/** English's entry as another locale's must be: its own dictionary folder and locale, nothing else. */
const entryFor = (source: string, locale: string) =>
  source
    .replaceAll('/i18n/en/', `/i18n/${locale}/`)
    .replace("locale: 'en'", `locale: '${locale}'`)
    .replace('in English', `in ${LANGUAGE[locale as keyof typeof LANGUAGE]}`);

describe('the island entries', () => {
  test.each(LOCALES)('%s has an entry for every island English has, and no other', (locale) => {
    expect(readdirSync(folder(locale)).sort()).toEqual(entries);
  });

  test.each(LOCALES.flatMap((locale) => entries.map((file) => [locale, file] as const)))(
    '%s/%s is the English entry with its own locale and dictionary, so its page loads only its own strings',
    (locale, file) => {
      const source = read(locale, file);
      expect(source).toBe(entryFor(read(DEFAULT_LOCALE, file), locale));
      for (const other of LOCALES.filter((l) => l !== locale)) expect(source).not.toContain(`/i18n/${other}/`);
    },
  );
});
