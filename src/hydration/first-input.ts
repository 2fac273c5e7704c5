import type { ClientDirective } from 'astro';
import { today } from '../stores/today';
import type { FirstInputOptions } from './first-input-options';
import { recordEarlyInput } from './early-input';
import { showToday } from './show-today';

/** What a first interaction looks like: any of these, on the page or the island, hydrates it. */
const TRIGGERS = ['pointerdown', 'touchstart', 'focusin', 'keydown', 'wheel', 'scroll'] as const;

/**
 * Whether the server-rendered island may differ from what it would show hydrated (other than in
 * the dates it shows, which `showToday` writes): a price-book change since the build day (or a
 * clock before it), a link carrying calculator state, or a calculation remembered in this browser.
 * Storage is read defensively: blocked storage remembers nothing.
 */
function mustHydrateNow({ day, next, keys, storage }: FirstInputOptions, now: string): boolean {
  if (now < day || (next !== null && next <= now)) return true;
  const params = new URLSearchParams(location.search);
  if (keys.some((key) => params.has(key))) return true;
  if (!storage) return false;
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(storage)) return true;
  } catch {
    // Storage blocked (private mode, sandboxed frames): nothing can be remembered, nothing to restore.
  }
  return false;
}

/**
 * `client:firstinput`: hydrates the island on the first interaction (a pointer, touch, focus, key,
 * wheel or scroll; a hover over the island starts it early), or at once when the server-rendered
 * estimate may not be the user's. What the user did to the island before it woke (typed values,
 * ticked boxes, clicked buttons) is replayed on the hydrated island, so nothing is lost.
 */
const firstInput: ClientDirective = (load, opts, el) => {
  // Astro types the value as a string; it is the object the page passed, parsed from the island's JSON.
  const options = opts.value as unknown as FirstInputOptions;
  const early = recordEarlyInput(el);
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of TRIGGERS) window.removeEventListener(type, start, true);
    el.removeEventListener('pointerover', start);
    const hydrate = await load();
    await hydrate();
    early.replay();
  };
  const now = today();
  if (mustHydrateNow(options, now)) return void start();
  if (now !== options.day) showToday(el, options.day, now);
  for (const type of TRIGGERS) window.addEventListener(type, start, { capture: true, passive: true });
  el.addEventListener('pointerover', start, { passive: true });
};

export default firstInput;
