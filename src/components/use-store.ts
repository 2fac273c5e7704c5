import type { ReadableAtom } from 'nanostores';
import { useLayoutEffect, useReducer } from 'preact/hooks';

/**
 * Calls `rerender` at once whenever the store changes, and once now if it changed since the
 * component read `seen`. Returns the stop function.
 */
export function watchStore<T>(store: ReadableAtom<T>, seen: T, rerender: () => void): () => void {
  const stop = store.listen(() => rerender());
  if (!Object.is(store.get(), seen)) rerender();
  return stop;
}

/**
 * A store's value, with the component re-rendered as soon as it changes. `@nanostores/preact`
 * defers each re-render with `setTimeout`, so a new total reached the screen a frame late; Preact
 * already batches the updates of one task into one render.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const value = store.get();
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  // A layout effect subscribes before the browser paints, so no change can slip in unseen.
  useLayoutEffect(() => watchStore(store, value, () => rerender(undefined)), [store]);
  return value;
}
