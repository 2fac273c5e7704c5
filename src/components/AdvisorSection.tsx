import { useLater, useStrings } from './strings';
import { useLazyDetails } from './use-lazy';

/**
 * "Plan advisor: find the cheapest plan", closed by default: the advisor's engine, its panel and its
 * strings load only when someone opens it (also when it was opened before the island woke up).
 */
export function AdvisorSection() {
  const o = useStrings('organisation');
  const loadStrings = useLater('advisor');
  const { details, onToggle, Panel } = useLazyDetails(async () => {
    const [{ AdvisorPanel }, strings] = await Promise.all([import('./AdvisorPanel'), loadStrings()]);
    return () => <AdvisorPanel strings={strings} />;
  });

  return (
    <details ref={details} class="panel advisor-panel" data-section="advisor" onToggle={onToggle}>
      <summary>
        <h2>{o.advisor.heading}</h2>
      </summary>
      {Panel && <Panel />}
    </details>
  );
}
