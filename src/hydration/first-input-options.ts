import { priceBook } from '../data';
import { STATE_KEYS } from '../lib/address/keys';
import { STORAGE_KEY } from '../stores/persistence';

/** What `client:firstinput` needs to know, written at build time into the page as data. */
export interface FirstInputOptions {
  /** The day the island was rendered on the server, `YYYY-MM-DD`. */
  day: string;
  /**
   * The first day after `day` on which some price-book entry takes effect (null for none): until
   * then the server-rendered figures hold, and only the dates shown need to say today.
   */
  next: string | null;
  /** Query keys that carry calculator state: a link with any of them hydrates at once. */
  keys: readonly string[];
  /** The prefix of the keys this site keeps in the browser's storage (null on an embed, which keeps none). */
  storage: string | null;
}

// Every key the site stores starts with the saved calculation's prefix (`npmcc:`), named estimates too.
const STORAGE_PREFIX = STORAGE_KEY.slice(0, STORAGE_KEY.indexOf(':') + 1);

/** Every `from` date anywhere in the price book: prices, grants, surcharges, caps, whatever is dated. */
function datesIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => datesIn(item, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'from' && typeof item === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item)) found.add(item);
      else datesIn(item, found);
    }
  }
  return found;
}

/** The first dated change in the price book after `day`, or null. */
export function nextChangeAfter(day: string, book: unknown = priceBook): string | null {
  return [...datesIn(book, new Set())].filter((date) => date > day).sort()[0] ?? null;
}

/** The calculator island's options for `client:firstinput` on a page (`embedded`: on an embed). */
export function firstInputOptions(embedded: boolean): FirstInputOptions {
  return { day: __BUILD_DATE__, next: nextChangeAfter(__BUILD_DATE__), keys: STATE_KEYS, storage: embedded ? null : STORAGE_PREFIX };
}
