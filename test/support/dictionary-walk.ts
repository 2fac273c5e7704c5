import type { AddressNoticeCode, ErrorParams, InputErrorCode, IssueCode, IssueParams } from '../../src/lib';
import type { OrganisationIssueCode, OrganisationIssueParams } from '../../src/lib/pricing';

/**
 * One walk for every translation: each dictionary part of a locale against the English one, key by
 * key, calling every message with sample params, so a key missing, an empty string, a gap
 * ("undefined", "NaN") or a sentence left in English is found. Each locale's test calls it with
 * the values its language writes exactly as English does.
 */

// Every English part and every translated part, found by file name: an English file added without
// its twin fails, a key added to an English part fails the walk.
const parts = import.meta.glob<Record<string, unknown>>('../../src/i18n/*/*.ts', { eager: true });
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The files of English, by file name. */
export const englishFiles = Object.keys(parts).filter((path) => path.includes('/i18n/en/')).map(fileName).sort();

/** One part of a locale's dictionary, by file name (`'issues.ts'`), or undefined when it has none. */
export function dictionaryPart(locale: string, file: string): Record<string, unknown> | undefined {
  return parts[`../../src/i18n/${locale}/${file}`];
}

/** Files of helpers (formatters, dates) rather than words: their exports are compared by name only. */
export const HELPER_FILES = new Set(['count.ts', 'change-date.ts']);

// Sample data for every engine code: a code added to the engine without a sample here fails the type check.
export const errorSamples: { [C in InputErrorCode]: ErrorParams[C] } = {
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

export const issueSamples: { [C in IssueCode]: IssueParams[C] } = {
  'over-seat-cap': { cap: 300, seats: 350, alternative: 'o365-e1' },
  'grant-only-volunteers': { volunteers: 5 },
  'staff-beyond-grant-unpriced': { grant: 300, unpriced: 50 },
  'no-nonprofit-price': {},
  'grant-not-in-channel': { grant: 2000, channel: 'direct', otherChannel: 'enterprise-agreement', confirmed: true },
};

export const organisationSamples: { [C in OrganisationIssueCode]: OrganisationIssueParams[C] } = {
  'over-product-cap': { product: 'm365-business-basic', cap: 300, people: 40 },
  'over-tenant-cap': { cap: 'm365-business', seats: 300, products: ['m365-business-basic', 'm365-business-premium'], people: 1 },
  'renewals-only': { product: 'power-apps-per-app', channel: 'direct', from: '2026-01-02', people: 12 },
  'grant-only-volunteers': { product: 'm365-business-basic', volunteers: 5 },
  'staff-beyond-grant-unpriced': { product: 'm365-business-basic', grant: 300, unpriced: 50 },
  'no-nonprofit-price': { product: 'm365-f1', people: 8 },
  'grant-not-in-channel': { product: 'o365-e1', grant: 2000, channel: 'direct', otherChannel: 'enterprise-agreement', confirmed: true },
};

// Notices' params as the page passes them: echoed text, and figures and dates already formatted.
const noticeSamples: { [C in AddressNoticeCode]: object | null } = {
  'unknown-key': { from: 'link', key: 'zz' },
  'duplicate-key': { from: 'saved', key: 's', used: '5', count: 2 },
  'bad-value': { from: 'link', key: 'vo', value: '-3' },
  'date-out-of-range': { from: 'saved', key: 'd', value: '9999-12-31', first: '1.1.2021', last: '22.11.2036', kept: '23.11.2026' },
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

/** What a language may write exactly as English does. */
export interface SameAsEnglish {
  /** Values the same in both languages: product names, Microsoft's terms, words both languages share. */
  values: ReadonlySet<string>;
  /** Messages that only arrange words handed to them (already in the page's language), by path. */
  paths?: ReadonlySet<string>;
}

/** Figures and punctuation only: the same in any language. */
const isFigure = (text: string) => !/\p{L}/u.test(text);

/** Every difference between a translated value and its English one, as `path: problem` lines. */
export function compareWithEnglish(path: readonly string[], en: unknown, other: unknown, same: SameAsEnglish): string[] {
  const at = path.join('.');
  if (typeof other !== typeof en || Array.isArray(other) !== Array.isArray(en)) return [`${at}: ${typeof other} where English has ${typeof en}`];
  if (typeof en === 'function') {
    const args = argumentsFor(path);
    return compareWithEnglish(path, (en as (...a: unknown[]) => unknown)(...args), (other as (...a: unknown[]) => unknown)(...args), same);
  }
  if (typeof en === 'string') {
    const text = other as string;
    if (text.trim() === '') return [`${at}: empty`];
    if (/undefined|NaN|\[object/.test(text)) return [`${at}: a gap in "${text}"`];
    if (text === en && !same.values.has(en) && !same.paths?.has(at) && !isFigure(en)) return [`${at}: still English, "${en}"`];
    return [];
  }
  if (Array.isArray(en)) {
    const list = other as unknown[];
    if (list.length !== en.length) return [`${at}: ${list.length} items where English has ${en.length}`];
    return en.flatMap((item, i) => compareWithEnglish([...path, String(i)], item, list[i], same));
  }
  if (en !== null && typeof en === 'object') {
    const keys = Object.keys(en).sort();
    const otherKeys = Object.keys(other as object).sort();
    if (keys.join() !== otherKeys.join()) return [`${at}: keys ${otherKeys.join(', ')} where English has ${keys.join(', ')}`];
    return keys.flatMap((key) => compareWithEnglish([...path, key], (en as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], same));
  }
  return en === other ? [] : [`${at}: ${String(other)} where English has ${String(en)}`];
}

/** Every problem in one part of a locale's dictionary against English. */
export function partProblems(locale: string, file: string, same: SameAsEnglish): string[] {
  const en = dictionaryPart('en', file)!;
  const other = dictionaryPart(locale, file);
  if (!other) return [`${file}: no such file for ${locale}`];
  return Object.entries(en).flatMap(([exported, value]) => compareWithEnglish([exported], value, other[exported], same));
}
