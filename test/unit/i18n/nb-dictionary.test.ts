import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// Every file of the English dictionary, found on disk: a part added to English without a Norwegian
// twin fails here, even before a page imports it.
const folder = (locale: string) => new URL(`../../../src/i18n/${locale}/`, import.meta.url);
const files = readdirSync(folder('en')).filter((name) => name.endsWith('.ts')).sort();

type Module = Record<string, unknown>;
const load = async (locale: string, file: string) => (await import(/* @vite-ignore */ new URL(file, folder(locale)).href)) as Module;
const dictionaries = await Promise.all(files.map(async (file) => ({ file, en: await load('en', file), nb: await load('nb', file) })));

/** Helpers that format rather than hold words (`count`, `plural`, `dayFirst`): checked for their names only. */
const helpers = new Set(['count.ts', 'day-first.ts']);

/**
 * Values that are the same in both languages: product names, codes and units as Microsoft writes
 * them, and a scenario's default name ("Scenario" is a Norwegian word too).
 */
const sameInBoth = new Set(['USD', 'Dynamics 365', 'Power Platform', 'Frontline', 'Scenario 7']);
/** Figures and punctuation only (`7: 7` from a message that only joins its params): the same in any language. */
const isFigure = (text: string) => !/\p{L}/u.test(text);

/**
 * Params for any message: every field reads as 7 unless its message looks it up (a product id, a
 * channel, a billing term, an address key the notices name), so each function can be called blind.
 */
const named: Record<string, unknown> = {
  product: 'm365-business-basic',
  alternative: 'o365-e1',
  products: ['m365-business-basic', 'm365-business-standard'],
  allowed: ['annual-yearly', 'monthly'],
  channel: 'direct',
  otherChannel: 'enterprise-agreement',
  key: 'ok',
  date: '2026-11-23',
  cap: 'm365-business',
  from: 'link',
  direction: 'more',
  needs: ['mail-and-web-apps', 'desktop-apps'],
  suites: ['Microsoft 365 Business Basic', 'Microsoft 365 Business Premium'],
  figures: ['Microsoft 365 Business Premium', 'Microsoft 365 E5'],
};
/** Where a field means something else in one message: a cap that is a number of seats, not a family. */
const namedIn: Record<string, Record<string, unknown>> = {
  'issues.over-seat-cap': { cap: 300 },
  'organisationIssues.over-product-cap': { cap: 300 },
  'notices.messages.unknown-product': { key: 'l' },
  'advisor.reasons.split-at-limit': { limit: 'grant' },
};
/** The names an advisor's reason is given beside its params, already looked up. */
const reasonNames = { suite: 'Microsoft 365 Business Premium', then: 'Microsoft 365 Business Basic', askPartner: ['Microsoft 365 E5'] };
const paramsOf = (path: string) => {
  const fields = { ...named, ...namedIn[path] };
  return new Proxy({}, { get: (_, field) => (typeof field === 'string' && field in fields ? fields[field] : 7) });
};

/** A message's words: engine errors take the field first, quote issues the product, every other message its params. */
function say(message: (...args: unknown[]) => unknown, path: string): unknown {
  const params = paramsOf(path);
  if (path.startsWith('errors.')) return message('lines[0].staff', params);
  if (path.startsWith('issues.')) return message('m365-business-basic', params);
  if (path.startsWith('advisor.reasons.')) return message(params, reasonNames);
  return message(params);
}

interface Mismatch {
  path: string;
  problem: string;
}

/** Every place where the Norwegian value does not mirror the English one, or mirrors it too closely. */
function compare(en: unknown, nb: unknown, path: string, found: Mismatch[] = []): Mismatch[] {
  if (typeof en === 'function') {
    if (typeof nb !== 'function') return [...found, { path, problem: 'is not a function' }];
    return compare(say(en as (...args: unknown[]) => unknown, path), say(nb as (...args: unknown[]) => unknown, path), `${path}()`, found);
  }
  if (typeof en === 'string') {
    if (typeof nb !== 'string') found.push({ path, problem: 'is not a string' });
    else if (nb.trim() === '') found.push({ path, problem: 'is empty' });
    else if (/undefined|NaN|\[object/.test(nb)) found.push({ path, problem: `has a gap: ${nb}` });
    else if (nb === en && !sameInBoth.has(nb) && !isFigure(nb)) found.push({ path, problem: `is still English: ${nb}` });
    return found;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(nb) || nb.length !== en.length) return [...found, { path, problem: `has ${Array.isArray(nb) ? nb.length : 'no'} items, not ${en.length}` }];
    en.forEach((item, i) => compare(item, nb[i], `${path}[${i}]`, found));
    return found;
  }
  if (typeof en === 'object' && en !== null) {
    if (typeof nb !== 'object' || nb === null) return [...found, { path, problem: 'is not an object' }];
    const enKeys = Object.keys(en).sort();
    const nbKeys = Object.keys(nb).sort();
    if (enKeys.join() !== nbKeys.join()) found.push({ path, problem: `has keys ${nbKeys.join(', ')}, not ${enKeys.join(', ')}` });
    for (const key of enKeys) compare((en as Module)[key], (nb as Module)[key], `${path}.${key}`, found);
    return found;
  }
  if (en !== nb) found.push({ path, problem: `is ${String(nb)}, not ${String(en)}` });
  return found;
}

describe('the Norwegian dictionary', () => {
  test('has a file for every English file, with the same exports', () => {
    for (const { file, en, nb } of dictionaries) expect(Object.keys(nb).sort(), file).toEqual(Object.keys(en).sort());
  });

  test.each(dictionaries.filter(({ file }) => !helpers.has(file)).map((d) => [d.file, d] as const))(
    '%s has every key English has, each in Norwegian words',
    (_, { en, nb }) => {
      const mismatches = Object.keys(en).flatMap((name) => compare(en[name], nb[name], name));
      expect(mismatches).toEqual([]);
    },
  );

  test('the helpers format the Norwegian way', async () => {
    const { count, plural, wholeMoney } = await load('nb', 'count.ts') as { count: (n: number) => string; plural: (n: number, forms: { one: string; other: string }) => string; wholeMoney: (v: string) => string };
    const { dayFirst } = await load('nb', 'day-first.ts') as { dayFirst: (value: string, month?: 'long' | 'short') => string };
    expect(count(1992)).toBe('1\u00a0992');
    expect(plural(1, { one: 'lisens', other: 'lisenser' })).toBe('1 lisens');
    expect(plural(0, { one: 'lisens', other: 'lisenser' })).toBe('0 lisenser');
    expect(wholeMoney('2000')).toBe('2\u00a0000\u00a0USD');
    expect(dayFirst('2022-09-01')).toBe('1. september 2022');
    expect(dayFirst('2022-09-01', 'short')).toBe('1. sep. 2022');
  });
});

describe('the walk itself', () => {
  test('finds a missing key, an English sentence and an empty string', () => {
    const en = { a: 'Seats', b: { c: (p: { n: number }) => `Key ${p.n}` }, d: 'Products' };
    const nb = { a: 'Seats', b: { c: (p: { n: number }) => `Key ${p.n}` }, e: '' };
    expect(compare(en, nb, 'part').map((m) => m.path)).toEqual(['part', 'part.a', 'part.b.c()', 'part.d']);
  });
});
