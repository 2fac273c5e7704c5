import { atom, batch, onStart, onStop, type ReadableAtom } from 'nanostores';

/** The late stores that have a change to catch up with. */
const behind = new Set<() => void>();

/**
 * Brings every late store up to date at once, so a panel that reads two of them renders once. The
 * frames call it; an action that reads what late stores derive (the print summary) calls it first.
 */
export function catchUpNow(): void {
  const all = [...behind];
  behind.clear();
  batch(() => all.forEach((catchUp) => catchUp()));
}

/**
 * Calls `catchUp` at the start of the frame after the next one, with every other late store's.
 * Where no frames are drawn (a hidden tab, a frame off screen), it waits until they are again,
 * which is when the panels are seen. Outside a browser (Node) there are no frames to wait for.
 */
function afterNextFrame(catchUp: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return catchUp();
  if (behind.size === 0) requestAnimationFrame(() => requestAnimationFrame(catchUpNow));
  behind.add(catchUp);
}

/**
 * `source`, late by a frame. An edit first paints what the reader is looking at, read from the
 * stores themselves (the field, the group, the total), in the next frame; the panels that follow
 * from it (the product lines, the advice, the outlook, the scenario comparison, the share link)
 * read their stores through this and catch up in the frame after that. Several edits before then
 * catch up once, to the last. With no listener (a component's first render, an action, a unit
 * test) it reads `source` as it is now, and it catches up as its first listener arrives; a store
 * derived from it is late while that store has listeners.
 */
export function later<T>(source: ReadableAtom<T>): ReadableAtom<T> {
  // Nothing reads the held value before the first listener arrives, and catching up fills it then.
  const $later = atom<T>(undefined as T);
  const catchUp = () => $later.set(source.get());
  let stop: (() => void) | null = null;
  onStart($later, () => {
    catchUp();
    stop = source.listen(() => afterNextFrame(catchUp));
  });
  onStop($later, () => {
    stop?.();
    stop = null;
    behind.delete(catchUp);
  });
  const held = $later.get;
  $later.get = () => ($later.lc > 0 ? held() : source.get());
  return $later;
}
