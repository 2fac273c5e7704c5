import { $pastEstimate, useTodaysPrices } from '../stores/calculator';
import { useFormat, useStrings } from './strings';
import { useStore } from './use-store';

/** An estimate opened from a link or saved state whose date lies in the past: says so, with one action to move to today. Loaded on demand. */
export function PastEstimate() {
  const t = useStrings('organisation').past;
  const format = useFormat();
  const date = useStore($pastEstimate);
  if (date === null) return null;
  return (
    <div class="notice past-estimate" role="status" data-past-estimate>
      <p>{t.notice({ date: format.date(date) })}</p>
      <button type="button" class="button" onClick={useTodaysPrices}>{t.action}</button>
    </div>
  );
}
