import { defaultState, encodeState, readAddress, writeQuery, type AddressNotice, type CalculatorState, type EmbedOptions } from '../lib';

/** Where the last calculation is remembered between visits. */
export const STORAGE_KEY = 'npmcc:state';

export interface Restored {
  state: CalculatorState;
  /** The partner's options on an embed; the defaults elsewhere. */
  embed: EmbedOptions;
  /** What the page tells the user it ignored while restoring their calculation. */
  notices: readonly AddressNotice[];
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
 * The state to open with: a shared link wins, then the last calculation saved in this browser
 * (never on an embed), then the default for today. Saved data keeps every part that still reads,
 * with a notice; saved data of which nothing reads is discarded, with a notice.
 */
export function restoreState(search: string, today: string, embedded: boolean): Restored {
  const base = defaultState(today);
  const link = readAddress(search, { today, base, embedded });
  const restored = { state: link.state, embed: link.embed, notices: link.notices };
  if (link.found) return { ...restored, from: 'link' };
  const saved = embedded ? null : readStorage();
  if (saved === null) return { ...restored, from: 'default' };
  const stored = readAddress(saved, { today, base });
  if (stored.found && stored.notices.length === 0) return { ...restored, state: stored.state, from: 'storage' };
  if (stored.found && encodeState(stored.state) !== encodeState(base)) {
    return { ...restored, state: stored.state, notices: [...link.notices, { code: 'storage-repaired' }], from: 'storage' };
  }
  forget();
  return { ...restored, notices: [...link.notices, { code: 'storage-discarded' }], from: 'default' };
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
