import { $userRate } from '../stores/rate';
import { useLater, useStrings } from './strings';
import { useLazyDetails } from './use-lazy';
import { useStore } from './use-store';

/** "Also show the totals in your currency": closed unless a rate is set; its panel and words load when it opens. */
export function CurrencySection() {
  const t = useStrings('calculator');
  const loadStrings = useLater('rate');
  const hasRate = useStore($userRate) !== null;
  // A rate set elsewhere (a link, Undo) opens the section: read it again when that changes.
  const { details, onToggle, Panel } = useLazyDetails(async () => {
    const [{ CurrencyPanel }, strings] = await Promise.all([import('./CurrencyPanel'), loadStrings()]);
    return () => <CurrencyPanel strings={strings} />;
  }, hasRate);

  return (
    <details ref={details} class="currency-section" open={hasRate || undefined} onToggle={onToggle}>
      <summary>{t.inYourCurrency}</summary>
      {Panel && <Panel />}
    </details>
  );
}
