import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../../src/i18n/locales';

const loader = readFileSync('public/embed.js', 'utf8');

describe('public/embed.js', () => {
  test('knows every language of the site but English, whose embed is at /embed/', () => {
    const langs = /var LANGS = (\[[^\]]*\]);/.exec(loader)?.[1];
    expect(JSON.parse(langs!.replaceAll("'", '"'))).toEqual(LOCALES.filter((locale) => locale !== DEFAULT_LOCALE));
  });
});
