import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLater, useStrings } from './strings';

/**
 * "Plan advisor: find the cheapest plan", closed by default: the advisor's engine, its panel and its
 * strings load only when someone opens it.
 */
export function AdvisorSection() {
  const o = useStrings('organisation');
  const loadStrings = useLater('advisor');
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const load = async () => {
    if (!details.current?.open || Panel) return;
    const [{ AdvisorPanel }, strings] = await Promise.all([import('./AdvisorPanel'), loadStrings()]);
    setPanel(() => () => <AdvisorPanel strings={strings} />);
  };
  // Someone may have opened it before the island woke up.
  useEffect(() => void load(), []);

  return (
    <details ref={details} class="panel advisor-panel" data-section="advisor" onToggle={load}>
      <summary>
        <h2>{o.advisor.heading}</h2>
      </summary>
      {Panel && <Panel />}
    </details>
  );
}
