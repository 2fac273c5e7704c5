import { atom, batch, onMount, type ReadableAtom } from 'nanostores';

/** The late stores that have a change to catch up with. */
const behind = new Set<() => void>();

/** Brings every late store up to date at once, so a panel that reads two of them renders once. */
function catchUpAll(): void {
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
  if (behind.size === 0) requestAnimationFrame(() => requestAnimationFrame(catchUpAll));
  behind.add(catchUp);
}

/**
 * `source`, one frame late. An edit first paints what the reader is looking at, read from the
 * stores themselves (the field, the group, the total), and the panels that follow from it (the
 * product lines, the advice, the outlook, the scenarios, the share link) read their stores through
 * this, so they catch up in the next frame. Several edits in one frame catch up once, to the last.
 * Read while nothing watches it (an action, a unit test), it is `source` as it is now.
 */
export function later<T>(source: ReadableAtom<T>): ReadableAtom<T> {
  const $later = atom(source.get());
  const catchUp = () => $later.set(source.get());
  onMount($later, () => {
    catchUp();
    return source.listen(() => afterNextFrame(catchUp));
  });
  const held = $later.get;
  $later.get = () => ($later.lc > 0 ? held() : source.get());
  return $later;
}
