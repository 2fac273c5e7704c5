import { pricingBook as priceBook } from '../../data/pricing-book';
import type { PriceBook } from '../../data/types';
import { defaultState, type CalculatorState } from '../state/calculator-state';
import { activeState, singleEstimate, type Estimate } from '../state/estimate';
import { fromV1, toV1 } from '../state/from-v1';
import type { V1State } from '../state/v1-state';
import { dateWindow } from './date-window';
import { decodeV1 } from './decode-v1';
import { decodeV2 } from './decode-v2';
import { decodeV3 } from './decode-v3';
import { DEFAULT_EMBED_OPTIONS, readEmbedOptions, type EmbedOptions } from './embed-options';
import { CURRENT_VERSION, SCENARIOS_VERSION } from './encode';
import { isStateKey } from './keys';
import { noteKeys } from './note-keys';
import { capNotices, echo, type AddressNotice } from './notices';
import { Query } from './query';
import type { DecodeContext } from './v1-values';

/** What an address (a page's query string, or a saved calculation) holds, and what was left out of it. */
export interface Address {
  /** The scenarios the address holds (one for a link of v=1 or v=2) and the one shown. */
  estimate: Estimate;
  /** The shown scenario's state. */
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
/** Keys only a link of several scenarios (v=3) reads: a link of v=1 or v=2 that carries them is told so. */
const V3_ONLY: ReadonlySet<string> = new Set(['a', 'x']);

type Decoder = (params: Query, context: DecodeContext<CalculatorState>) => CalculatorState;

/** Version 1, read against the base as v=1 lines, then converted into groups (the base keeps its term); a link that changes nothing keeps the base as it is. */
const readV1: Decoder = (params, context) => {
  const base = toV1(context.base);
  const state = decodeV1(params, { ...context, base });
  return JSON.stringify(state) === JSON.stringify(base) ? context.base : fromV1(state, context.base.organisation.term, context.book);
};

// A Map, not an object: `v=toString` must not find Object.prototype.toString.
const DECODERS: ReadonlyMap<string, Decoder> = new Map([['1', readV1], ['2', decodeV2]]);

/**
 * The one way in for untrusted input: reads a query string into the estimate (its scenarios) and the embed
 * options, starting from `base` for anything it lacks. It never throws, and lets through only
 * values every engine function accepts (dates inside the window); whatever it leaves out, it notes.
 */
export function readAddress(search: string, options: ReadOptions): Address {
  const { today, embedded = false, book = priceBook } = options;
  const base = options.base ?? defaultState(today);
  const params = new Query(typeof search === 'string' ? search : '');
  const notices: AddressNotice[] = [];
  const keys = params.keys();
  const found = keys.some(isStateKey);
  // Without a known version, the keys tell: `s`, `vo` and `l` exist only in v=1, `x` only in v=3.
  const guess = keys.some((key) => V1_ONLY.has(key)) ? '1' : keys.includes('x') ? SCENARIOS_VERSION : CURRENT_VERSION;
  let version = params.get('v') ?? guess;
  if (found && version !== SCENARIOS_VERSION && !DECODERS.has(version)) {
    const newer = /^\d{1,6}$/.test(version) && Number(version) > Number(SCENARIOS_VERSION);
    notices.push({ code: newer ? 'newer-version' : 'unknown-version', key: 'v', value: echo(version) });
    version = guess;
  }
  const context: DecodeContext<CalculatorState> = { base, book, dates: dateWindow(today, book), notices };
  let estimate = singleEstimate(base);
  if (found && version === SCENARIOS_VERSION) {
    // Each scenario's part is checked on its own: its keys repeat from one part to the next.
    estimate = decodeV3(params, context, embedded);
  } else {
    noteKeys(params, notices, embedded, V3_ONLY);
    if (found) estimate = singleEstimate(DECODERS.get(version)!(params, context));
  }
  const embed = embedded ? readEmbedOptions(params, notices) : DEFAULT_EMBED_OPTIONS;
  return { estimate, state: activeState(estimate), embed, notices: capNotices(notices), found };
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
