import { useCallback, useRef, useState } from 'preact/hooks';
import { $organisation } from '../stores/calculator';
import { useFormat, useStrings } from './strings';
import { useStore } from './use-store';

/**
 * Keeps the bar's height free at the bottom of the screen when the page scrolls to a focused control:
 * the root's `scroll-padding-bottom` follows the bar as it opens or its words wrap (nothing where the
 * bar is hidden, on wide screens). Until the calculator wakes, global.css holds a fixed room for it.
 * Returns the bar's ref: the observer starts when the bar is rendered and stops when it goes.
 */
function useBarRoom(sticks: boolean): (bar: HTMLElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((bar: HTMLElement | null) => {
    const root = document.documentElement.style;
    observer.current?.disconnect();
    observer.current = null;
    root.scrollPaddingBottom = '';
    if (!sticks || !bar || typeof ResizeObserver !== 'function') return;
    observer.current = new ResizeObserver(() => (root.scrollPaddingBottom = `${bar.getBoundingClientRect().height}px`));
    observer.current.observe(bar);
  }, [sticks]);
}

/**
 * On narrow screens the monthly total stays in view while the user edits fields far above the
 * totals; tapping it opens every total and the billing term, and Escape closes it. Inside an embed
 * it sits at the top of the frame: the frame is as tall as its content, so nothing in it can stick.
 */
export function SummaryBar({ embedded = false }: { embedded?: boolean }) {
  const t = useStrings('calculator');
  const o = useStrings('organisation');
  const format = useFormat();
  const outcome = useStore($organisation);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const bar = useBarRoom(!embedded);
  if (!outcome.ok) return null;
  const { totals: q, term } = outcome.value;
  const rows = [
    ['nonprofitAnnual', format.money(q.nonprofitAnnual)],
    ['commercialMonthly', format.money(q.commercialMonthly)],
    ['commercialAnnual', format.money(q.commercialAnnual)],
    ['savingsAnnual', format.money(q.savingsAnnual)],
    ['grantValueAnnual', format.money(q.grantValueAnnual)],
  ] as const;
  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div ref={bar} class={embedded ? 'summary-bar in-embed' : 'summary-bar'} onKeyDown={close}>
      {open && (
        <dl id="summary-bar-details" class="summary-details">
          {rows.map(([key, value]) => (
            <div key={key} data-total={key}>
              <dt>{t.totals[key]}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div>
            <dt>{o.term.label}</dt>
            <dd>{o.term.names[term]}</dd>
          </div>
        </dl>
      )}
      <button ref={button} type="button" class="summary-toggle" aria-expanded={open} aria-controls="summary-bar-details" onClick={() => setOpen(!open)}>
        <span><strong>{format.money(q.nonprofitMonthly)}</strong> {t.summaryBar.perMonth} · {t.summaryBar.saves({ percent: format.percent(q.savingsPercent) })}</span>
        <span class="summary-more">{open ? t.summaryBar.less : t.summaryBar.more}</span>
      </button>
    </div>
  );
}
