/** What the user chose in the calculator, and how it becomes the engine's input. */
export { defaultState, resolveLine, toQuoteInput, type AzureChoice, type CalculatorState, type LineChoice, type Organisation } from './calculator-state';
export { applyProposal, startingGroups } from './organisation';
export { isPastEstimate } from './estimate-date';
