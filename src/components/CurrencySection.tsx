import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $userRate } from '../stores/rate';
import { useLater, useStrings } from './strings';
import { useStore } from './use-store';

/** "Also show the totals in your currency": closed unless a rate is set; its panel and words load when it opens. */
export function CurrencySection() {
  const t = useStrings('calculator');
  const loadStrings = useLater('rate');
  const hasRate = useStore($userRate) !== null;
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const load = async () => {
    if (!details.current?.open || Panel) return;
    const [{ CurrencyPanel }, strings] = await Promise.all([import('./CurrencyPanel'), loadStrings()]);
    setPanel(() => () => <CurrencyPanel strings={strings} />);
  };
  useEffect(() => void load(), [hasRate]);

  return (
    <details ref={details} class="currency-section" open={hasRate || undefined} onToggle={load}>
      <summary>{t.inYourCurrency}</summary>
      {Panel && <Panel />}
    </details>
  );
}
