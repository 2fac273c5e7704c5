import type { ComponentType, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** A component whose code loads only once `needed` is first true (what the first paint does not show); null until then. */
export function useLazy<P>(needed: boolean, load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (needed && !Component) void load().then((loaded) => setComponent(() => loaded));
  }, [needed, Component]);
  return Component;
}

/**
 * A `<details>` whose content loads the first time it is open (`useLazy` on its open state): give it
 * `details` as its ref and `onToggle`. The element is read again on mount and whenever `recheck`
 * changes, so a section opened before the island woke, or opened by an `open` attribute the page
 * sets, loads as well.
 */
export function useLazyDetails<P>(
  load: () => Promise<ComponentType<P>>,
  recheck?: unknown,
): { details: RefObject<HTMLDetailsElement>; onToggle: () => void; Panel: ComponentType<P> | null } {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const onToggle = () => setOpen(details.current?.open ?? false);
  useEffect(onToggle, [recheck]);
  return { details, onToggle, Panel: useLazy(open, load) };
}
