import { STATE_KEYS } from '../lib/address/keys';
import { STORAGE_KEY } from '../stores/persistence';

/** What `client:firstinput` needs to know, written at build time into the page as data. */
export interface FirstInputOptions {
  /** The day the island was rendered on the server, `YYYY-MM-DD`: on any other day it hydrates at once. */
  day: string;
  /** Query keys that carry calculator state: a link with any of them hydrates at once. */
  keys: readonly string[];
  /** The prefix of the keys this site keeps in the browser's storage (null on an embed, which keeps none). */
  storage: string | null;
}

// Every key the site stores starts with the saved calculation's prefix (`npmcc:`), named estimates too.
const STORAGE_PREFIX = STORAGE_KEY.slice(0, STORAGE_KEY.indexOf(':') + 1);

/** The calculator island's options for `client:firstinput` on a page (`embedded`: on an embed). */
export function firstInputOptions(embedded: boolean): FirstInputOptions {
  return { day: __BUILD_DATE__, keys: STATE_KEYS, storage: embedded ? null : STORAGE_PREFIX };
}
