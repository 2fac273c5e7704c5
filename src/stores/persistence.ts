import { EMBED_KEYS, decodeState, defaultState, encodeState, writeQuery, type CalculatorState, type LinkNotice } from '../lib';

/** Where the last calculation is remembered between visits. */
export const STORAGE_KEY = 'npmcc:state';

/** Something the page tells the user it ignored while restoring their calculation. */
export type RestoreNotice =
  | ({ source: 'link' } & LinkNotice)
  | { source: 'storage'; code: 'storage-discarded' }
  | { source: 'embed'; code: 'bad-option'; key: string; value: string };

export interface Restored {
  state: CalculatorState;
  notices: RestoreNotice[];
  from: 'link' | 'storage' | 'default';
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function forget(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be blocked (private mode, sandboxed frames); there is nothing to forget then.
  }
}

/**
 * The state to open with: a shared link wins, then the last calculation saved in this browser,
 * then the default for today. Saved data that does not decode cleanly is discarded, with a notice.
 */
export function restoreState(search: string, today: string, useStorage: boolean): Restored {
  const base = defaultState(today);
  const link = decodeState(search, base, EMBED_KEYS);
  const linkNotices: RestoreNotice[] = link.notices.map((notice) => ({ source: 'link', ...notice }));
  if (link.found) return { state: link.state, notices: linkNotices, from: 'link' };
  const saved = useStorage ? readStorage() : null;
  if (saved !== null) {
    const stored = decodeState(saved, base);
    if (stored.found && stored.notices.length === 0) return { state: stored.state, notices: linkNotices, from: 'storage' };
    forget();
    return { state: base, notices: [...linkNotices, { source: 'storage', code: 'storage-discarded' }], from: 'default' };
  }
  return { state: base, notices: linkNotices, from: 'default' };
}

/**
 * Writes the state to the address bar (throttled) and, unless embedded, to storage. `keep` are
 * query pairs the address must go on carrying (an embed's options), so a reloaded frame keeps them.
 * Returns a stop function.
 */
export function syncState(
  subscribe: (listener: (state: CalculatorState) => void) => () => void,
  useStorage: boolean,
  keep: readonly (readonly [string, string])[] = [],
  delayMs = 250,
): () => void {
  const kept = writeQuery(keep);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: CalculatorState | undefined;
  const write = () => {
    timer = undefined;
    if (!latest) return;
    const query = encodeState(latest);
    history.replaceState(history.state, '', `${location.pathname}?${[query, kept].filter(Boolean).join('&')}${location.hash}`);
    if (useStorage) {
      try {
        localStorage.setItem(STORAGE_KEY, query);
      } catch {
        // A full or blocked storage only costs the next visit its restore.
      }
    }
  };
  const unsubscribe = subscribe((state) => {
    latest = state;
    timer ??= setTimeout(write, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
