import { useState } from 'preact/hooks';
import { $hasScenarios } from '../stores/calculator';
import { useStrings } from './strings';
import { useLazy } from './use-lazy';
import { useStore } from './use-store';

/**
 * The scenarios above the organisation. The first paint shows one button; the bar (its code and
 * words) loads when someone presses it, or at once when the estimate opened holds several scenarios
 * or a named one.
 */
export function Scenarios() {
  const t = useStrings('scenarios');
  const hasScenarios = useStore($hasScenarios);
  const [pressed, setPressed] = useState(false);
  const [needed, setNeeded] = useState(false);
  // Once open, the bar stays: deleting down to one scenario must not take the focus away with it.
  if (!needed && (pressed || hasScenarios)) setNeeded(true);
  const Bar = useLazy(needed, () => import('./ScenarioBar').then((m) => m.ScenarioBar));
  return (
    <section class="panel scenario-bar" data-section="organisation" aria-label={t.region}>
      {Bar && needed ? <Bar focus={pressed} /> : (
        <>
          <button type="button" class="button secondary" aria-describedby="scenario-open-hint" onClick={() => setPressed(true)}>{t.open}</button>
          <p id="scenario-open-hint" class="hint">{t.openHint}</p>
        </>
      )}
    </section>
  );
}
