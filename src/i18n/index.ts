import { en } from './en';
import { formatters } from './format';

/** The dictionary of the page's language (English for now; bokmål and German will join it). */
export const t = en;

/** Money, counts, percentages and dates in the page's language. */
export const format = formatters(t);

export type { Dictionary } from './en';
