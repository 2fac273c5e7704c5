import { atom } from 'nanostores';

/** Whether this browser refused to keep anything (storage blocked, or full on a write): the page then says so, once. */
export const $storageRefused = atom(false);

/** Runs one storage call; a browser that refuses it (blocked, private, full) is noted, never thrown at the page. */
function attemptStorage<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    $storageRefused.set(true);
    return fallback;
  }
}

/** The text kept under a key in this browser, or null (none, or storage refused). */
export function readKey(key: string): string | null {
  return attemptStorage(() => localStorage.getItem(key), null);
}

/** Keeps text under a key; false when the browser refused it. */
export function writeKey(key: string, value: string): boolean {
  return attemptStorage(() => (localStorage.setItem(key, value), true), false);
}

/** Forgets a key; a refusal costs nothing more. */
export function removeKey(key: string): void {
  attemptStorage(() => localStorage.removeItem(key), undefined);
}
