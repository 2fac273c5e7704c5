import { atom } from 'nanostores';
import { defaultState, encodeEstimate, readAddress, writeQuery, type AddressNotice, type CalculatorState, type EmbedOptions, type Estimate } from '../lib';
import { readKey, removeKey, writeKey } from './storage';

/** Where the last calculation is remembered between visits. */
export const STORAGE_KEY = 'npmcc:state';

export interface Restored {
  /** Every scenario opened, and the one shown. */
  estimate: Estimate;
  /** The shown scenario's state. */
  state: CalculatorState;
  /** The partner's options on an embed; the defaults elsewhere. */
  embed: EmbedOptions;
  /** What the page tells the user it ignored while restoring their calculation. */
  notices: readonly AddressNotice[];
  /** Where the notices' data came from, so their sentences can say: the link, or the saved estimate. */
  source: 'link' | 'saved';
  from: 'link' | 'storage' | 'default';
  /** The visitor's own remembered estimate (its query) when a link opened something else: kept aside, never overwritten. */
  own: string | null;
}

/** The visitor's own remembered estimate, kept aside while a shared link is open, and the state the link opened; null otherwise. */
export const $ownEstimate = atom<{ query: string; opened: Estimate } | null>(null);

/**
 * The state to open with: a shared link wins, then the last calculation saved in this browser
 * (never on an embed), then the default for today. A link leaves the saved calculation where it is
 * (`own`). Saved data keeps every part that still reads, with the same notices a link gets; saved
 * data of which nothing reads is discarded, with a notice.
 */
export function restoreState(search: string, today: string, embedded: boolean): Restored {
  const base = defaultState(today);
  const link = readAddress(search, { today, base, embedded });
  const restored = { estimate: link.estimate, state: link.state, embed: link.embed, notices: link.notices, source: 'link' as const, own: null };
  const saved = embedded ? null : readKey(STORAGE_KEY);
  const stored = saved === null ? null : readAddress(saved, { today, base });
  if (link.found) {
    const own = stored?.found && saved !== encodeEstimate(link.estimate) ? saved : null;
    return { ...restored, from: 'link', own };
  }
  if (!stored) return { ...restored, from: 'default' };
  if (stored.found && (stored.notices.length === 0 || encodeEstimate(stored.estimate) !== encodeEstimate(restored.estimate))) {
    const repaired: AddressNotice[] = stored.notices.length === 0 ? [] : [{ code: 'storage-repaired' }, ...stored.notices];
    return { ...restored, estimate: stored.estimate, state: stored.state, notices: [...link.notices, ...repaired], source: 'saved', from: 'storage' };
  }
  removeKey(STORAGE_KEY);
  return { ...restored, notices: [...link.notices, { code: 'storage-discarded' }], from: 'default' };
}

/**
 * Writes the estimate (every scenario) to the address bar (throttled) and, when `useStorage` says so
 * (never on an embed, not while a shared link stands beside the visitor's own estimate), to storage.
 * The write waits for the browser to be idle (at most a second more), so it never delays the frame
 * that shows an edit; leaving the page writes at once. `keep` are query pairs the address must go on
 * carrying (an embed's options), so a reloaded frame keeps them. Returns a stop function.
 */
export function syncState(
  subscribe: (listener: (estimate: Estimate) => void) => () => void,
  useStorage: boolean | (() => boolean),
  keep: readonly (readonly [string, string])[] = [],
  delayMs = 250,
): () => void {
  const kept = writeQuery(keep);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let latest: Estimate | undefined;
  const write = () => {
    if (timer) clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    timer = idle = undefined;
    if (!latest) return;
    const query = encodeEstimate(latest);
    latest = undefined;
    history.replaceState(history.state, '', `${location.pathname}?${[query, kept].filter(Boolean).join('&')}${location.hash}`);
    // A full or blocked storage costs only the next visit its restore; the page says so once.
    if (useStorage === true || (useStorage && useStorage())) writeKey(STORAGE_KEY, query);
  };
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(write, { timeout: 1000 });
    else write();
  };
  const unsubscribe = subscribe((estimate) => {
    latest = estimate;
    if (timer === undefined && idle === undefined) timer = setTimeout(whenIdle, delayMs);
  });
  globalThis.addEventListener?.('pagehide', write);
  return () => {
    unsubscribe();
    globalThis.removeEventListener?.('pagehide', write);
    if (timer) clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
