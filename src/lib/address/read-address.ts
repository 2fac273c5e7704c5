import { pricingBook as priceBook } from '../../data/pricing-book';
import type { PriceBook } from '../../data/types';
import { defaultState, type CalculatorState } from '../state/calculator-state';
import { fromV1, toV1 } from '../state/from-v1';
import type { V1State } from '../state/v1-state';
import { dateWindow } from './date-window';
import { decodeV1 } from './decode-v1';
import { decodeV2 } from './decode-v2';
import { DEFAULT_EMBED_OPTIONS, readEmbedOptions, type EmbedOptions } from './embed-options';
import { CURRENT_VERSION } from './encode';
import { FOREIGN_PREFIX, LIST_KEYS, isEmbedKey, isStateKey } from './keys';
import { capNotices, echo, type AddressNotice } from './notices';
import { Query } from './query';
import type { DecodeContext } from './v1-values';

/** What an address (a page's query string, or a saved calculation) holds, and what was left out of it. */
export interface Address {
  state: CalculatorState;
  embed: EmbedOptions;
  /** At most MAX_NOTICES and one that counts the rest. */
  notices: AddressNotice[];
  /** Whether the address held any calculator state at all. */
  found: boolean;
}

export interface ReadOptions {
  /** The visitor's today, `YYYY-MM-DD`: dates may lie up to YEARS_AHEAD after it. */
  today: string;
  /** The state to start from for anything the address lacks; today's default when not given. */
  base?: CalculatorState;
  /** Whether the page is an embed: then embed options are read and reported; elsewhere they are left alone. */
  embedded?: boolean;
  book?: PriceBook;
}

const V1_ONLY: ReadonlySet<string> = new Set(['s', 'vo', 'l']);

type Decoder = (params: Query, context: DecodeContext<CalculatorState>) => CalculatorState;

/** Version 1, read against the base as v=1 lines, then converted into groups (the base keeps its term); a link that changes nothing keeps the base as it is. */
const readV1: Decoder = (params, context) => {
  const base = toV1(context.base);
  const state = decodeV1(params, { ...context, base });
  return JSON.stringify(state) === JSON.stringify(base) ? context.base : fromV1(state, context.base.organisation.term, context.book);
};

// A Map, not an object: `v=toString` must not find Object.prototype.toString.
const DECODERS: ReadonlyMap<string, Decoder> = new Map([['1', readV1], ['2', decodeV2]]);

/** Notes keys nobody reads and keys given more than once where one is read (the first is used); one pass, however long the query. */
function noteKeys(params: Query, notices: AddressNotice[], embedded: boolean): void {
  const seen = new Map<string, { first: string; count: number }>();
  for (const [key, value] of params.pairs) {
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { first: value, count: 1 });
  }
  for (const [key, { first, count }] of seen) {
    if (isEmbedKey(key) && !embedded) continue;
    if (!isStateKey(key) && !isEmbedKey(key)) {
      if (!key.startsWith(FOREIGN_PREFIX)) notices.push({ code: 'unknown-key', key: echo(key) });
    } else if (count > 1 && !LIST_KEYS.includes(key)) {
      notices.push({ code: 'duplicate-key', key, used: echo(first), count });
    }
  }
}

/**
 * The one way in for untrusted input: reads a query string into the calculator state and the embed
 * options, starting from `base` for anything it lacks. It never throws, and lets through only
 * values every engine function accepts (dates inside the window); whatever it leaves out, it notes.
 */
export function readAddress(search: string, options: ReadOptions): Address {
  const { today, embedded = false, book = priceBook } = options;
  const base = options.base ?? defaultState(today);
  const params = new Query(typeof search === 'string' ? search : '');
  const notices: AddressNotice[] = [];
  noteKeys(params, notices, embedded);
  const found = params.keys().some(isStateKey);
  let state = base;
  if (found) {
    // Without a known version, the keys tell: `s`, `vo` and `l` exist only in v=1.
    const guess = params.keys().some((key) => V1_ONLY.has(key)) ? '1' : CURRENT_VERSION;
    const version = params.get('v') ?? guess;
    let decoder = DECODERS.get(version);
    if (!decoder) {
      const newer = /^\d{1,6}$/.test(version) && Number(version) > Number(CURRENT_VERSION);
      notices.push({ code: newer ? 'newer-version' : 'unknown-version', key: 'v', value: echo(version) });
      decoder = DECODERS.get(guess)!;
    }
    const context: DecodeContext<CalculatorState> = { base, book, dates: dateWindow(today, book), notices };
    state = decoder(params, context);
  }
  const embed = embedded ? readEmbedOptions(params, notices) : DEFAULT_EMBED_OPTIONS;
  return { state, embed, notices: capNotices(notices), found };
}

/** A v=1 address read as v=1 lines, before conversion into groups: what the codec of format 1 always read (the corpus test holds it to that). */
export function readV1Address(search: string, options: { today: string; base: V1State; book?: PriceBook }): { state: V1State; notices: AddressNotice[]; found: boolean } {
  const { today, base, book = priceBook } = options;
  const params = new Query(search);
  const notices: AddressNotice[] = [];
  noteKeys(params, notices, false);
  const found = params.keys().some(isStateKey);
  const state = found ? decodeV1(params, { base, book, dates: dateWindow(today, book), notices }) : base;
  return { state, notices: capNotices(notices), found };
}
