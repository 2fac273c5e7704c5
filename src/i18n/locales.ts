/** The page languages the site is written in; each has a dictionary folder beside this file. */
export const LOCALES = ['en'] as const;

/** A page language: the name of its dictionary folder (`en`, later `nb`, `de`). */
export type Locale = (typeof LOCALES)[number];

/** The language of the pages at the site's root. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The tag each locale's numbers, dates and plurals are formatted with, and the page's `lang`.
 * English keeps US conventions ("$1,234.50", "November 1, 2026"), as the page always has.
 */
const INTL_TAGS: Record<Locale, string> = { en: 'en-US' };

/** The Intl tag of a locale. */
export const intlTag = (locale: Locale): string => INTL_TAGS[locale];
