import { useStore } from './use-store';
import { $organisation } from '../stores/calculator';
import { useFormat, useStrings } from './strings';

/** On narrow screens, the monthly total stays in view while the user edits fields far above the totals. */
export function SummaryBar() {
  const t = useStrings('calculator');
  const format = useFormat();
  const outcome = useStore($organisation);
  if (!outcome.ok) return null;
  const { totals } = outcome.value;
  return (
    <p class="summary-bar" aria-hidden="true">
      <strong>{format.money(totals.nonprofitMonthly)}</strong> {t.summaryBar.perMonth} · {t.summaryBar.saves({ percent: format.percent(totals.savingsPercent) })}
    </p>
  );
}
