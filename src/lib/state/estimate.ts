import type { CalculatorState } from './calculator-state';

/** One named way the organisation could buy: its own organisation section, groups, suites and Azure planner. */
export interface Scenario {
  /** As the user typed it, cleaned; empty means the page's default ("Today", "Scenario 2", …). */
  name: string;
  state: CalculatorState;
}

/** What a share link and saved state hold: one to MAX_SCENARIOS scenarios, and the one the page shows. */
export interface Estimate {
  scenarios: readonly Scenario[];
  /** The index of the scenario every panel shows and edits. */
  active: number;
}

/** An estimate of one unnamed scenario: what every link before scenarios meant. */
export function singleEstimate(state: CalculatorState): Estimate {
  return { scenarios: [{ name: '', state }], active: 0 };
}

/** The state of the scenario the page shows. */
export function activeState(estimate: Estimate): CalculatorState {
  return estimate.scenarios[estimate.active]!.state;
}

/** The estimate with the active scenario's state replaced (every edit on the page goes through it). */
export function withActiveState(estimate: Estimate, state: CalculatorState): Estimate {
  return { ...estimate, scenarios: estimate.scenarios.map((s, i) => (i === estimate.active ? { ...s, state } : s)) };
}
