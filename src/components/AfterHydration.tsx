import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Re-creates its children once, right after hydration. Preact's hydrate keeps the server's
 * attributes and input values, and an island that wakes up late (client:visible) was rendered on
 * the server with a state the page has since moved on from (a shared link, the user's edits).
 */
export function AfterHydration({ children, class: className }: { children: ComponentChildren; class: string }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div key={hydrated ? 'live' : 'server'} class={className}>
      {children}
    </div>
  );
}
