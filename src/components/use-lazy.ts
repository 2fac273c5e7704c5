import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component whose code loads only once `needed` is first true (what the first paint does not show); null until then. */
export function useLazy<P>(needed: boolean, load: () => Promise<ComponentType<P>>): ComponentType<P> | null {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (needed && !Component) void load().then((loaded) => setComponent(() => loaded));
  }, [needed, Component]);
  return Component;
}
