import { useStore } from '@nanostores/preact';
import { format, t } from '../i18n';
import { $quote } from '../stores/calculator';

/** On narrow screens, the monthly total stays in view while the user edits fields far above the totals. */
export function SummaryBar() {
  const outcome = useStore($quote);
  if (!outcome.ok) return null;
  const { totals } = outcome.value;
  return (
    <p class="summary-bar" aria-hidden="true">
      <strong>{format.money(totals.nonprofitMonthly)}</strong> {t.summaryBar.perMonth} · {t.summaryBar.saves({ percent: format.percent(totals.savingsPercent) })}
    </p>
  );
}
