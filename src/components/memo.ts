import { createElement, type ComponentType, type FunctionComponent } from 'preact';

/** Whether any prop differs (by identity) between two prop objects. */
function changed(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if (a[key] !== b[key]) return true;
  for (const key in b) if (!(key in a)) return true;
  return false;
}

/**
 * A component that re-renders only when one of its props changed (by identity, or as `same` says)
 * or a context it reads did, as preact/compat's `memo` does, without loading compat (it patches Preact for React code).
 * Preact keeps a component instance as `this` of a function component and honours its
 * `shouldComponentUpdate`.
 */
export function memo<P extends object>(component: FunctionComponent<P>, same?: (before: P, after: P) => boolean): ComponentType<P> {
  function Memo(this: { props: P; shouldComponentUpdate?: (next: P) => boolean }, props: P) {
    this.shouldComponentUpdate = (next) => (same ? !same(this.props, next) : changed(this.props as Record<string, unknown>, next as Record<string, unknown>));
    return createElement(component, props);
  }
  Memo.displayName = `Memo(${component.displayName ?? component.name})`;
  return Memo as unknown as ComponentType<P>;
}

/** Whether two plain data values (engine results: no functions, no cycles) are equal in content. */
export function sameData(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
