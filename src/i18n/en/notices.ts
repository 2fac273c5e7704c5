/** English strings of the notices shown when a link, saved state or embed option had to be corrected. */
import type { LinkNoticeCode } from '../../lib';

export const notices = {
  heading: 'Some of what you opened could not be used',
  dismiss: 'Dismiss',
  fields: { v: 'link version', s: 'paid staff and unpaid leaders', vo: 'volunteers', c: 'how you buy', d: 'date of the estimate', r: 'renewal date', co: 'country', l: 'product line', gs: 'grant year start', gu: 'grant credit used so far', gm: 'grant use a month', om: 'Azure in Open use a month', ok: 'credit key', ot: 'alert threshold', theme: 'theme', accent: 'accent colour', sections: 'sections' } as Record<string, string>,
  messages: {
    'unknown-key': (p: { key: string }) => `The link has a setting "${p.key}" this calculator does not know; it was ignored.`,
    'bad-value': (p: { field: string; value: string }) => `The ${p.field} "${p.value}" is not valid; the calculator kept its own value.`,
    'unknown-product': (p: { value: string }) => `There is no product "${p.value}"; that line was left out.`,
    'duplicate-product': (p: { value: string }) => `The product "${p.value}" appeared twice; only the first line was kept.`,
    'too-many-lines': () => 'The link has more product lines than the calculator takes; the rest were left out.',
    'newer-version': (p: { value: string }) => `This link comes from a newer version of the calculator (v=${p.value}); some settings may have been left out.`,
    'unknown-version': (p: { value: string }) => `This link has an unknown format version "${p.value}"; it was read as the current format.`,
    'storage-discarded': () => 'Your last calculation saved in this browser could not be read, so the calculator starts afresh.',
    'bad-option': (p: { field: string; value: string }) => `The embed option ${p.field} "${p.value}" is not one the calculator offers; the default is used.`,
  } satisfies Record<LinkNoticeCode | 'storage-discarded' | 'bad-option', (p: { key: string; field: string; value: string }) => string>,
};
