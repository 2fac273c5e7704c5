/**
 * The English dictionary's phrases of several words, to look for on a translated page: every string
 * and every message's fixed wording (a message is called with markers in place of its params and cut
 * at them). A phrase every translation writes word for word is a name or one of Microsoft's terms, and
 * is left out; one that a single translation still writes in English stays in, and fails its page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type Module = Record<string, unknown>;

const I18N = join(process.cwd(), 'src/i18n');

/** The languages the site is translated into: every dictionary folder but English's. */
const translations = readdirSync(I18N, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'en').map((entry) => entry.name);

/** Every part of one language's dictionary, found by file name, so a part added later is read too. */
export async function dictionary(locale: string): Promise<Module[]> {
  const folder = join(I18N, locale);
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
  return Promise.all(files.map((name) => import(join(folder, name)) as Promise<Module>));
}

/** Stands for any param: a string no dictionary holds, and what lists and choices a message needs. */
const MARK = '\u2063';
const LISTS = new Set(['needs', 'suites', 'products', 'figures', 'askPartner']);
const params: unknown = new Proxy({}, {
  get: (_, key) => (key === 'needs' ? ['mail-and-web-apps'] : typeof key === 'string' && LISTS.has(key) ? [MARK] : MARK),
});

/** Every string a dictionary value holds, with messages' fixed words between markers. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return texts((value as (...a: unknown[]) => unknown)(params, params));
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** Runs of text worth looking for: sentences and clauses of at least three words, cut where a param stood. */
function phrases(text: string): string[] {
  return text
    .split(/\u2063|undefined|NaN|\n|(?<=[.!?:;])\s+/)
    .map((part) => part.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((part) => part.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length >= 3);
}

const all = (modules: readonly Module[]) => modules.flatMap((module) => Object.values(module).flatMap(texts));

/** The English phrases that must not appear on a translated page (what every translation also writes word for word is left out). */
export async function englishPhrases(): Promise<string[]> {
  const translated = await Promise.all(translations.map(async (locale) => all(await dictionary(locale)).join('\n')));
  return [...new Set(all(await dictionary('en')).flatMap(phrases))].filter((phrase) => !translated.every((text) => text.includes(phrase)));
}

/** A language's words, every part by export name (`t.advisor.adviceHeading`), for a test to click by. */
export async function words(locale: string): Promise<Record<string, any>> {
  return Object.assign({}, ...(await dictionary(locale)));
}

/** The phrases of `list` that `text` contains. */
export const phrasesIn = (text: string, list: readonly string[]): string[] => list.filter((phrase) => text.includes(phrase));
