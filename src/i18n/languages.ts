/**
 * What the language switcher, the embed panel and the currency panel need of each locale, apart from
 * locales.ts so the formatters every island loads up front do not carry it.
 */
import { LOCALES, type Locale } from './locales';

/** Each language named in itself, as the language switcher offers it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', nb: 'Norsk bokmål', de: 'Deutsch' };

/** Whether a value names one of the site's locales (embed options, paths). */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The currency a page's readers most likely hold, offered first for the indicative amount in their
 * own currency; none on the English pages, whose readers are anywhere. Never a rate: rates are the user's.
 */
export const HOME_CURRENCY: Record<Locale, string | null> = { en: null, nb: 'NOK', de: 'EUR' };
