/** The page languages the site is written in; each has a dictionary folder beside this file. */
export const LOCALES = ['en', 'nb', 'de'] as const;

/** A page language: the name of its dictionary folder and of its pages' folder (`/nb/`). */
export type Locale = (typeof LOCALES)[number];

/** The language of the pages at the site's root. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The tag each locale's numbers, dates and plurals are formatted with. English keeps US conventions
 * ("$1,234.50", "November 1, 2026"; no date is shown in the numeric "11/01/2026" form), Norwegian
 * and German their own ("1 234,50 US$", "1.234,50 $", "23.11.2026").
 */
const INTL_TAGS: Record<Locale, string> = { en: 'en-US', nb: 'nb-NO', de: 'de-DE' };

/** The Intl tag of a locale. */
export const intlTag = (locale: Locale): string => INTL_TAGS[locale];

/**
 * How a locale writes a full date: Norwegians and Germans write days as "23.11.2026", which cannot be
 * misread; English keeps the month's name ("November 23, 2026"), never the numeric "11/23/2026".
 */
export const DATE_STYLES: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: { dateStyle: 'long' },
  nb: { day: '2-digit', month: '2-digit', year: 'numeric' },
  de: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

/** The folder of a locale's pages after the site's root: '' for English, `nb/` for Norwegian. */
export const localeFolder = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `${locale}/`);

/** The address of a locale's calculator (`/`, `/nb/`) or of its embed page (`/embed/`, `/nb/embed/`). */
export function localePath(locale: Locale, page: 'home' | 'embed' = 'home'): string {
  return `/${localeFolder(locale)}${page === 'embed' ? 'embed/' : ''}`;
}
