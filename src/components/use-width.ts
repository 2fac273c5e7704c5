import { useCallback, useRef, useState } from 'preact/hooks';

/**
 * An element's width on screen, kept current as it changes: `initial` until the browser has measured
 * it (and on the server). The ref is a callback, so an element that appears later is measured too.
 */
export function useWidth(initial: number): [(element: Element | null) => void, number] {
  const [width, setWidth] = useState(initial);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
  }, []);
  return [ref, width];
}
