/** Server-only: the page strings of every locale, for the Astro pages and layouts (never shipped to the browser). */
import type { Locale } from './locales';
import type { PageStrings } from './parts';
import { page as en } from './en/page';

const PAGES: Record<Locale, PageStrings> = { en };

/** The server-rendered strings of a locale's pages. */
export const pageStrings = (locale: Locale): PageStrings => PAGES[locale];
