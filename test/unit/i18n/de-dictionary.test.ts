import { describe, expect, test } from 'vitest';
import type { AddressNoticeCode, ErrorParams, InputErrorCode, IssueCode, IssueParams } from '../../../src/lib';
import type { OrganisationIssueCode, OrganisationIssueParams } from '../../../src/lib/pricing';

// Every English part and every German part, found by file name: an English file added without its
// German twin fails the first test, a key added to an English part fails the walk.
const english = import.meta.glob<Record<string, unknown>>('../../../src/i18n/en/*.ts', { eager: true });
const german = import.meta.glob<Record<string, unknown>>('../../../src/i18n/de/*.ts', { eager: true });
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const germanFile = (path: string) => german[path.replace('/en/', '/de/')];

/** Files of helpers (formatters, dates) rather than words: their exports are functions compared by name only. */
const HELPERS = new Set(['count.ts', 'day-first.ts']);

/**
 * Values German writes exactly as English does: product names, Microsoft's own terms, and words
 * that are the same in both languages. Anything else identical to English is an untranslated string.
 */
const SAME_IN_GERMAN = new Set(['Dynamics 365', 'Power Platform', 'Name', 'Person', 'Orange']);

/** Messages that only arrange words handed to them (already in the page's language), so both languages agree. */
const ONLY_ARRANGES = new Set(['sourceWords.trust']);

// Sample data for every engine code, as the English dictionary test has: a code added to the
// engine without a sample here fails the type check.
const errorSamples: { [C in InputErrorCode]: ErrorParams[C] } = {
  'invalid-lines': { max: 100 },
  'invalid-seats': { min: 0, max: 1_000_000 },
  'unknown-product': { value: 'office-2003' },
  'duplicate-product': { value: 'o365-e3' },
  'invalid-channel': { allowed: ['direct', 'enterprise-agreement'] },
  'invalid-date': {},
  'invalid-renewal': {},
  'date-before-price-book': { value: '2020-12-31', first: '2021-01-01' },
  'invalid-months': { min: 1, max: 120 },
  'invalid-term': { allowed: ['annual-yearly', 'annual-monthly', 'monthly'] },
  'invalid-groups': { max: 100 },
  'invalid-group': {},
  'duplicate-group': { value: 'staff' },
  'not-a-suite': { value: 'teams-premium' },
  'not-an-add-on': { value: 'm365-business-premium' },
  'duplicate-add-on': { value: 'teams-premium' },
  'invalid-count': { min: 0, max: 1_000_000 },
  'active-above-assigned': {},
  'invalid-amount': {},
  'invalid-spend': { months: 12 },
  'invalid-units': { min: 1, max: 10_000 },
  'too-many-keys': { max: 50 },
  'activation-before-purchase': {},
  'activation-too-late': { last: '2031-11-22', years: 5 },
};

const issueSamples: { [C in IssueCode]: IssueParams[C] } = {
  'over-seat-cap': { cap: 300, seats: 350, alternative: 'o365-e1' },
  'grant-only-volunteers': { volunteers: 5 },
  'staff-beyond-grant-unpriced': { grant: 300, unpriced: 50 },
  'no-nonprofit-price': {},
  'grant-not-in-channel': { grant: 2000, channel: 'direct', otherChannel: 'enterprise-agreement' },
};

const organisationSamples: { [C in OrganisationIssueCode]: OrganisationIssueParams[C] } = {
  'over-product-cap': { product: 'm365-business-basic', cap: 300, people: 40 },
  'over-tenant-cap': { cap: 'm365-business', seats: 300, products: ['m365-business-basic', 'm365-business-premium'], people: 1 },
  'renewals-only': { product: 'power-apps-per-app', channel: 'direct', from: '2026-01-02', people: 12 },
  'grant-only-volunteers': { product: 'm365-business-basic', volunteers: 5 },
  'staff-beyond-grant-unpriced': { product: 'm365-business-basic', grant: 300, unpriced: 50 },
  'no-nonprofit-price': { product: 'm365-f1', people: 8 },
  'grant-not-in-channel': { product: 'o365-e1', grant: 2000, channel: 'direct', otherChannel: 'enterprise-agreement' },
};

// Notices' params as the page passes them: echoed text, and figures and dates already formatted.
const noticeSamples: { [C in AddressNoticeCode]: object | null } = {
  'unknown-key': { from: 'link', key: 'zz' },
  'duplicate-key': { from: 'saved', key: 's', used: '5', count: 2 },
  'bad-value': { from: 'link', key: 'vo', value: '-3' },
  'date-out-of-range': { from: 'saved', key: 'd', value: '9999-12-31', first: '1. Januar 2021', last: '22. November 2036', kept: '23. November 2026' },
  'unknown-product': { from: 'link', key: 'g', value: 'office-2003' },
  'duplicate-product': { from: 'saved', value: 'o365-e3' },
  'too-many': { key: 'x', count: 1, limit: '4' },
  'newer-version': { value: '7' },
  'unknown-version': { value: 'x' },
  'bad-option': { key: 'theme', value: 'neon' },
  more: { count: 1992 },
  'storage-repaired': null,
  'storage-discarded': null,
};

/**
 * Any other message's params: a date where one is parsed as `YYYY-MM-DD`, lists and choices where a
 * message takes them (the advisor's needs and names, a comparison's direction), a small count for everything else.
 */
const namedParams: Record<string, unknown> = {
  date: '2026-11-01',
  needs: ['mail-and-web-apps', 'desktop-apps'],
  suites: ['Office 365 E1', 'Microsoft 365 Business Basic'],
  products: ['Microsoft 365 F1', 'Microsoft 365 E3'],
  figures: ['3', '4'],
  limit: 'grant',
  direction: 'more',
  from: 'link',
};
const anyParams = new Proxy({}, { get: (_, key) => (typeof key === 'string' && key in namedParams ? namedParams[key] : 3) });

/** The names an advisor's reason is handed, already looked up. */
const reasonNames = { suite: 'Microsoft 365 Business Premium', then: 'Microsoft 365 Business Basic', askPartner: ['Microsoft 365 F1'] };

/** The arguments a message at `path` (export name first) is called with. */
function argumentsFor(path: readonly string[]): unknown[] {
  const [part, group, code = ''] = path;
  if (part === 'errors' && group === 'messages') return ['lines[0].staff', errorSamples[code as InputErrorCode]];
  if (part === 'issues') return ['m365-business-basic', issueSamples[group as IssueCode]];
  if (part === 'organisationIssues') return [organisationSamples[group as OrganisationIssueCode]];
  if (part === 'notices' && group === 'messages') return [noticeSamples[code as AddressNoticeCode]];
  if (part === 'advisor' && group === 'reasons') return [anyParams, reasonNames];
  return [anyParams];
}

/** Every difference between a German value and its English one, as `path: problem` lines. */
function compare(path: readonly string[], en: unknown, de: unknown): string[] {
  const at = path.join('.');
  if (typeof de !== typeof en || Array.isArray(de) !== Array.isArray(en)) return [`${at}: ${typeof de} where English has ${typeof en}`];
  if (typeof en === 'function') {
    const args = argumentsFor(path);
    return compare(path, (en as (...a: unknown[]) => unknown)(...args), (de as (...a: unknown[]) => unknown)(...args));
  }
  if (typeof en === 'string') {
    const text = de as string;
    if (text.trim() === '') return [`${at}: empty`];
    if (/undefined|NaN|\[object/.test(text)) return [`${at}: a gap in "${text}"`];
    if (text === en && !SAME_IN_GERMAN.has(en) && !ONLY_ARRANGES.has(at)) return [`${at}: still English, "${en}"`];
    return [];
  }
  if (Array.isArray(en)) {
    const list = de as unknown[];
    if (list.length !== en.length) return [`${at}: ${list.length} items where English has ${en.length}`];
    return en.flatMap((item, i) => compare([...path, String(i)], item, list[i]));
  }
  if (en !== null && typeof en === 'object') {
    const keys = Object.keys(en).sort();
    const germanKeys = Object.keys(de as object).sort();
    if (keys.join() !== germanKeys.join()) return [`${at}: keys ${germanKeys.join(', ')} where English has ${keys.join(', ')}`];
    return keys.flatMap((key) => compare([...path, key], (en as Record<string, unknown>)[key], (de as Record<string, unknown>)[key]));
  }
  return [];
}

describe('the German dictionary', () => {
  test('has a file for every English file, with the same exports', () => {
    const missing = Object.keys(english).filter((path) => !germanFile(path));
    expect(missing.map(fileName)).toEqual([]);
    for (const [path, module] of Object.entries(english)) {
      expect(Object.keys(germanFile(path) ?? {}).sort(), fileName(path)).toEqual(Object.keys(module).sort());
    }
  });

  test.each(Object.keys(english).filter((path) => !HELPERS.has(fileName(path))).map(fileName))(
    '%s has every English key, no empty string, and nothing left in English',
    (name) => {
      const path = Object.keys(english).find((p) => fileName(p) === name)!;
      const problems = Object.entries(english[path]!).flatMap(([exported, value]) => compare([exported], value, germanFile(path)?.[exported]));
      expect(problems).toEqual([]);
    },
  );

  test('the walk finds what it looks for: a missing key, an empty string and an English leftover', () => {
    const en = { a: 'Seats', b: { c: (p: { n: number }) => `Key ${p.n}` }, d: 'Copy' };
    expect(compare(['x'], en, { a: 'Lizenzen', b: { c: () => 'Key 3' }, d: ' ' })).toEqual(['x.b.c: still English, "Key 3"', 'x.d: empty']);
    expect(compare(['x'], en, { a: 'Lizenzen', b: {} })).toEqual(['x: keys a, b where English has a, b, d']);
  });

  test('German sentences carry German number and date formats', async () => {
    const { issues } = await import('../../../src/i18n/de/issues');
    const { dayFirst } = await import('../../../src/i18n/de/day-first');
    expect(issues['grant-not-in-channel']('o365-e1', issueSamples['grant-not-in-channel'])).toBe(
      'Den Zuschuss von 2.000 Lizenzen für Office 365 E1 gibt es nur mit einem Enterprise Agreement, nicht direkt oder über einen CSP-Partner; hier ist jede Lizenz für Mitarbeitende bezahlt.',
    );
    expect(dayFirst('2022-09-01')).toBe('1. September 2022');
  });

  test('a count agrees with its noun and verb: one person, several people', async () => {
    const { organisationIssues } = await import('../../../src/i18n/de/organisation');
    expect(organisationIssues['over-tenant-cap'](organisationSamples['over-tenant-cap'])).toBe(
      '1 Person kann nicht mit den Business-Plänen versorgt werden: Für Business Basic, Standard und Premium zusammen sind höchstens 300 Lizenzen möglich.',
    );
  });
});
