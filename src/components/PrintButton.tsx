import { useEffect } from 'preact/hooks';
import { useIslandStrings, useStrings } from './strings';

const load = () => import('./print-summary');

/**
 * "Print summary": one page for the board. Its code loads once the page is idle (or on the first
 * press), never with the page; from then on Ctrl+P prints the same summary.
 */
export function PrintButton() {
  const t = useStrings('calculator');
  const strings = useIslandStrings();
  useEffect(() => {
    const prepare = () => void load().then((m) => m.preparePrint(strings));
    // Safari has no idle callback: a short delay does the same job there.
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(prepare) : self.setTimeout(prepare, 1000);
    return () => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(idle) : self.clearTimeout(idle));
  }, [strings]);
  return (
    <button type="button" class="button secondary print-button" onClick={() => void load().then((m) => m.printSummary(strings))}>
      {t.share.print}
    </button>
  );
}
