/** Server-only: the page strings of every locale, for the Astro pages and layouts (never shipped to the browser). */
import type { Locale } from './locales';
import type { PageStrings, SourceWords, SwitcherStrings } from './parts';
import { page as de } from './de/page';
import { sourceWords as deSources } from './de/sources';
import { switcher as deSwitcher } from './de/switcher';
import { page as en } from './en/page';
import { sourceWords as enSources } from './en/sources';
import { switcher as enSwitcher } from './en/switcher';
import { page as nb } from './nb/page';
import { sourceWords as nbSources } from './nb/sources';
import { switcher as nbSwitcher } from './nb/switcher';

const PAGES: Record<Locale, PageStrings> = { en, nb, de };
const SWITCHERS: Record<Locale, SwitcherStrings> = { en: enSwitcher, nb: nbSwitcher, de: deSwitcher };

/** The server-rendered strings of a locale's pages. */
export const pageStrings = (locale: Locale): PageStrings => PAGES[locale];

const SOURCE_WORDS: Record<Locale, SourceWords> = { en: enSources, nb: nbSources, de: deSources };

/** The words about sources (confidence, kind of document, missing address) of a locale, for the Sources list. */
export const sourceWords = (locale: Locale): SourceWords => SOURCE_WORDS[locale];

/** The language switcher's words in a locale. */
export const switcherStrings = (locale: Locale): SwitcherStrings => SWITCHERS[locale];
