/**
 * English strings of the notices shown when a link, saved state or embed option had to be corrected.
 * Text from the address arrives as `value`, `key` or `used`, already stripped of control characters
 * and cut short; the page shows it isolated from the sentence around it.
 */
import type { AddressKey, AddressNoticeCode } from '../../lib';
import { plural } from './count';

/** Names of the things an address sets, as a notice names them. */
const fields = {
  v: 'link version', a: 'scenario shown', x: 'scenario', s: 'paid staff and unpaid leaders', vo: 'volunteers', c: 'how you buy', d: 'date of the estimate', r: 'renewal date',
  co: 'country', t: 'billing term', g: 'group', n: 'list of needs', l: 'product line', gs: 'grant year start', gu: 'grant credit used so far', gm: 'grant use a month', om: 'Azure in Open use a month',
  ok: 'credit key', ot: 'alert threshold', fx: 'exchange rate', theme: 'theme', accent: 'accent colour', sections: 'sections',
} satisfies Record<AddressKey, string>;

/** Keys whose bad value is dropped whole (a line, a group, a group's needs, a credit key, a scenario, an exchange rate), rather than replaced by the estimate's own. */
const dropped = { l: 'line', g: 'group', n: 'list of needs', ok: 'key', x: 'scenario', fx: 'exchange rate' } as Partial<Record<AddressKey, string>>;

/** What a value of each key must be, as the sentence "… is not ___" says it. */
const kinds: Partial<Record<AddressKey, string>> = {
  s: 'a number of people', vo: 'a number of people', d: 'a real date', gs: 'a real date', r: 'a month and day that can be priced',
  gu: 'an amount of money', gm: 'one amount a month, or twelve', om: 'one amount a month, or twelve', ot: 'an amount of money',
};

/** Where the notices' data came from: a shared link, or an estimate saved in this browser. */
export type NoticeSource = 'link' | 'saved';

const source = { link: 'The link', saved: 'The saved estimate' } satisfies Record<NoticeSource, string>;
const sources = { link: "The link's", saved: "The saved estimate's" } satisfies Record<NoticeSource, string>;

/** What the estimate does instead of a value it could not use: uses the one it had, named when known. */
const instead = (kept?: string) => (kept === undefined ? 'so the estimate keeps the value it had' : `so the estimate uses ${kept}`);

const tooMany = {
  l: { one: 'more product line was', other: 'more product lines were' },
  g: { one: 'more group was', other: 'more groups were' },
  ok: { one: 'more credit key was', other: 'more credit keys were' },
  x: { one: 'more scenario was', other: 'more scenarios were' },
};

/** A product that cannot be found: a line of format 1 is dropped; a group keeps itself without it. */
const unknownProduct = { l: 'so that line was dropped', g: 'so its group is kept without it' };

export const notices = {
  heading: 'Some of what you opened could not be used',
  dismiss: 'Dismiss',
  messages: {
    'unknown-key': (p: { from: NoticeSource; key: string }) => `${source[p.from]} has a setting "${p.key}" that this calculator does not know, so it was ignored.`,
    'duplicate-key': (p: { from: NoticeSource; key: AddressKey; used: string; count: number }) =>
      `${source[p.from]} gives the ${fields[p.key]} ${p.count} times; the estimate uses the first, "${p.used}", and ignores the others.`,
    'bad-value': (p: { from: NoticeSource; key: AddressKey; value: string; kept?: string }) =>
      dropped[p.key]
        ? `${sources[p.from]} ${fields[p.key]} "${p.value}" is damaged, so that ${dropped[p.key]} was dropped.`
        : `${sources[p.from]} "${fields[p.key]}" value "${p.value}" is not ${kinds[p.key] ?? 'one we know'}, ${instead(p.kept)}.`,
    'date-out-of-range': (p: { from: NoticeSource; key: AddressKey; value: string; first: string; last: string; kept?: string }) =>
      `${sources[p.from]} ${fields[p.key]} "${p.value}" is outside the dates the calculator can plan for (${p.first} to ${p.last}), ${dropped[p.key] ? `so that ${dropped[p.key]} was dropped` : instead(p.kept)}.`,
    'unknown-product': (p: { from: NoticeSource; key: 'l' | 'g'; value: string }) =>
      `${source[p.from]} names a product "${p.value}" the calculator does not know (it may have been withdrawn), ${unknownProduct[p.key]}.`,
    'duplicate-product': (p: { from: NoticeSource; value: string }) => `${source[p.from]} lists the product "${p.value}" twice, so only its first line was kept.`,
    'too-many': (p: { key: 'l' | 'g' | 'ok' | 'x'; count: number; limit: string }) =>
      `${plural(p.count, tooMany[p.key])} left out: an estimate holds at most ${p.limit}.`,
    'newer-version': (p: { value: string }) => `This link comes from a newer version of the calculator (v=${p.value}); some settings may have been left out.`,
    'unknown-version': (p: { value: string }) => `This link has a format version "${p.value}" the calculator does not know, so it was read as the current format.`,
    'bad-option': (p: { key: AddressKey; value: string }) => `The embed option ${fields[p.key]} "${p.value}" is not one the calculator offers; the default is used.`,
    more: (p: { count: number }) => `${plural(p.count, { one: 'more thing', other: 'more things' })} could not be used either.`,
    'storage-repaired': 'Your estimate saved in this browser is back, but part of it could not be read:',
    'storage-discarded': 'Your estimate saved in this browser could not be read at all, so the calculator starts from its usual example.',
  } satisfies Record<AddressNoticeCode, unknown>,
};
