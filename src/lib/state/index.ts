/** What the user chose in the calculator, and how it becomes the engine's input. */
export { defaultState, toOrganisationInput, toQuoteInput, type AzureChoice, type CalculatorState, type Organisation } from './calculator-state';
export { MAX_NAME, cleanName, freeGroupId, numberGroups, startingGroups } from './groups';
export { fromV1, toV1 } from './from-v1';
export type { LineChoice, V1Organisation, V1State } from './v1-state';
export { applyProposal } from './organisation';
export { isPastEstimate } from './estimate-date';
export { toAdvisorInput } from './advisor-input';
export { activeState, singleEstimate, withActiveState, type Estimate, type Scenario } from './estimate';
export { addScenario, canAddScenario, deleteScenario, duplicateScenario, renameScenario, switchScenario } from './estimate-edits';
export { compareScenarios, type ComparedRow, type Difference, type GroupFigures, type ScenarioComparison, type ScenarioFigures } from './compare-scenarios';
