import { MAX_SCENARIOS } from '../core/limits';
import type { CalculatorState } from './calculator-state';
import type { Estimate } from './estimate';
import { cleanName } from './groups';

// Apart from estimate.ts: only the scenario bar, which loads on demand, edits scenarios.

/** Whether another scenario fits. */
export function canAddScenario(estimate: Estimate): boolean {
  return estimate.scenarios.length < MAX_SCENARIOS;
}

/** Adds a scenario at the end and shows it; unchanged when MAX_SCENARIOS are there already. */
export function addScenario(estimate: Estimate, name: string, state: CalculatorState): Estimate {
  if (!canAddScenario(estimate)) return estimate;
  return { scenarios: [...estimate.scenarios, { name: cleanName(name), state }], active: estimate.scenarios.length };
}

/** Copies a scenario (the active one unless told) under a new name, at the end, and shows the copy. */
export function duplicateScenario(estimate: Estimate, name: string, index = estimate.active): Estimate {
  const source = estimate.scenarios[index];
  return source ? addScenario(estimate, name, source.state) : estimate;
}

/** Renames a scenario; an empty name gives back the page's default. */
export function renameScenario(estimate: Estimate, index: number, name: string): Estimate {
  if (!estimate.scenarios[index]) return estimate;
  return { ...estimate, scenarios: estimate.scenarios.map((s, i) => (i === index ? { ...s, name: cleanName(name) } : s)) };
}

/** Shows another scenario; an index that is not one changes nothing. */
export function switchScenario(estimate: Estimate, index: number): Estimate {
  return Number.isInteger(index) && estimate.scenarios[index] ? { ...estimate, active: index } : estimate;
}

/**
 * Deletes a scenario, never the last one. The page goes on showing the scenario it showed, or,
 * when that one goes, the one before it.
 */
export function deleteScenario(estimate: Estimate, index: number): Estimate {
  if (estimate.scenarios.length <= 1 || !estimate.scenarios[index]) return estimate;
  const scenarios = estimate.scenarios.filter((_, i) => i !== index);
  const active = estimate.active > index || (estimate.active === index && index > 0) ? estimate.active - 1 : estimate.active;
  return { scenarios, active: Math.min(active, scenarios.length - 1) };
}
