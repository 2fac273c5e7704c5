/** Server-only: the page strings of every locale, for the Astro pages and layouts (never shipped to the browser). */
import type { Locale } from './locales';
import type { PageStrings, SourceWords } from './parts';
import { page as en } from './en/page';
import { sourceWords as enSources } from './en/sources';

const PAGES: Record<Locale, PageStrings> = { en };

/** The server-rendered strings of a locale's pages. */
export const pageStrings = (locale: Locale): PageStrings => PAGES[locale];

const SOURCE_WORDS: Record<Locale, SourceWords> = { en: enSources };

/** The words about sources (confidence, kind of document, missing address) of a locale, for the Sources list. */
export const sourceWords = (locale: Locale): SourceWords => SOURCE_WORDS[locale];
