import {
  activeState, addScenario as withScenario, deleteScenario as withoutScenario, duplicateScenario as withCopy, renameScenario as withName,
  switchScenario as showing, type CalculatorState, type Estimate,
} from '../lib';
import { $estimate, $state } from './calculator';

/** Sets the estimate and shows its active scenario in every panel: each action below goes through it. */
function setEstimate(change: (estimate: Estimate) => Estimate): void {
  const next = change($estimate.get());
  $estimate.set(next);
  $state.set(activeState(next));
}

/** Applies a change that adds a scenario; false when the estimate was full. */
function adding(change: (estimate: Estimate) => Estimate): boolean {
  const before = $estimate.get();
  setEstimate(change);
  return $estimate.get() !== before;
}

/** Adds a scenario (a copy of the shown one unless a state is given) and shows it; false when the estimate is full. */
export function addScenario(name = '', state: CalculatorState = $state.get()): boolean {
  return adding((estimate) => withScenario(estimate, name, state));
}

/** Copies the shown scenario under a new name (empty: the page's default) and shows the copy; false when the estimate is full. */
export function duplicateScenario(name = ''): boolean {
  return adding((estimate) => withCopy(estimate, name));
}

/** Renames a scenario; an empty name brings back the page's default. */
export function renameScenario(index: number, name: string): void {
  setEstimate((estimate) => withName(estimate, index, name));
}

/** Shows another scenario in every panel. */
export function switchScenario(index: number): void {
  setEstimate((estimate) => showing(estimate, index));
}

/** Deletes a scenario, never the last one. */
export function deleteScenario(index: number): void {
  setEstimate((estimate) => withoutScenario(estimate, index));
}
