/**
 * English strings of the notices shown when a link, saved state or embed option had to be corrected.
 * Text from the address arrives as `value`, `key` or `used`, already stripped of control characters
 * and cut short; the page shows it isolated from the sentence around it.
 */
import type { AddressKey, AddressNoticeCode } from '../../lib';
import { plural } from './count';

/** Names of the things an address sets, as a notice names them. */
const fields = {
  v: 'link version', s: 'paid staff and unpaid leaders', vo: 'volunteers', c: 'how you buy', d: 'date of the estimate', r: 'renewal date',
  co: 'country', t: 'billing term', g: 'group', n: 'list of needs', l: 'product line', gs: 'grant year start', gu: 'grant credit used so far', gm: 'grant use a month', om: 'Azure in Open use a month',
  ok: 'credit key', ot: 'alert threshold', theme: 'theme', accent: 'accent colour', sections: 'sections',
} satisfies Record<AddressKey, string>;

/** Keys whose bad value is dropped whole (a line, a group, a group's needs, a credit key), rather than replaced by the calculator's own. */
const dropped = (key: AddressKey) => key === 'l' || key === 'g' || key === 'n' || key === 'ok';

const tooMany = {
  l: { one: 'more product line was', other: 'more product lines were' },
  g: { one: 'more group was', other: 'more groups were' },
  ok: { one: 'more credit key was', other: 'more credit keys were' },
};

export const notices = {
  heading: 'Some of what you opened could not be used',
  dismiss: 'Dismiss',
  messages: {
    'unknown-key': (p: { key: string }) => `The link has a setting "${p.key}" this calculator does not know; it was ignored.`,
    'duplicate-key': (p: { key: AddressKey; used: string; count: number }) =>
      `The link gives the ${fields[p.key]} ${p.count} times; the first, "${p.used}", was read and the others ignored.`,
    'bad-value': (p: { key: AddressKey; value: string }) =>
      dropped(p.key)
        ? `The ${fields[p.key]} "${p.value}" is damaged, so it was dropped.`
        : `The ${fields[p.key]} "${p.value}" is not valid; the calculator kept its own value.`,
    'date-out-of-range': (p: { key: AddressKey; value: string; first: string; last: string }) =>
      `The ${fields[p.key]} "${p.value}" is outside the dates the calculator can plan for, ${p.first} to ${p.last}; ${dropped(p.key) ? 'it was dropped' : 'the calculator kept its own value'}.`,
    'unknown-product': (p: { value: string }) => `There is no product "${p.value}"; that line was left out.`,
    'duplicate-product': (p: { value: string }) => `The product "${p.value}" appeared twice; only the first line was kept.`,
    'too-many': (p: { key: 'l' | 'g' | 'ok'; count: number; limit: string }) =>
      `${plural(p.count, tooMany[p.key])} ignored: a link takes at most ${p.limit}.`,
    'newer-version': (p: { value: string }) => `This link comes from a newer version of the calculator (v=${p.value}); some settings may have been left out.`,
    'unknown-version': (p: { value: string }) => `This link has an unknown format version "${p.value}"; it was read as the current format.`,
    'bad-option': (p: { key: AddressKey; value: string }) => `The embed option ${fields[p.key]} "${p.value}" is not one the calculator offers; the default is used.`,
    more: (p: { count: number }) => `${plural(p.count, { one: 'more thing', other: 'more things' })} in the address could not be used either.`,
    'storage-repaired': 'Part of your last calculation saved in this browser could not be read and was left out; the rest is back.',
    'storage-discarded': 'Your last calculation saved in this browser could not be read, so the calculator starts afresh.',
  } satisfies Record<AddressNoticeCode, unknown>,
};
