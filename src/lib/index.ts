/**
 * The engine as the other layers (stores, components, pages, scripts) use it: pure functions over the
 * price book, no DOM, no UI, no stores. Only names used outside src/lib are here; tests and the
 * engine's own modules import from the folder indexes (`./pricing`, `./azure`, ...) or the modules.
 */
export { OUTLOOK_MONTHS, convertAmount, monthDayOf, nextAnniversary, QuoteInputError, writeCsv, type CsvStyle, type ErrorParams, type InputErrorCode, type UserRate } from './core';
export {
  acrossChange, changesAffecting, findPriceBookProblems, findSource, firstPriceDate, hasNonprofitOffer, productsByFamily, project, quote, switchMonths,
  type FigureRef, type IssueCode, type IssueParams, type LineDifference, type PriceChange, type QuoteIssue, type QuoteLine,
} from './pricing';
export { availability, checkActiveUse, regionFromLanguages, windowsGrant } from './programme';
export {
  SPEND_MONTHS, keyDateProblem, lastActivation, parseUnits, planGrant, planOpen, spendMonthStarts, spendVarying, suggestUnits, timelineMarks, unitsValue, withMonthSpend,
  type OpenAlert, type OpenKey, type Spend,
} from './azure';
export {
  applyProposal, cleanName, defaultState, freeGroupId, isPastEstimate, MAX_NAME, toAdvisorInput, toOrganisationInput, toQuoteInput,
  activeState, addScenario, canAddScenario, deleteScenario, duplicateScenario, renameScenario, singleEstimate, switchScenario, withActiveState,
  compareScenarios, type AzureChoice, type CalculatorState, type Estimate, type Organisation, type Scenario, type Difference, type GroupFigures, type ScenarioComparison, type ScenarioFigures,
} from './state';
export {
  ESTIMATE_COLUMNS, GUEST, MAX_GROUPS, advise, estimateTable, lineWorking, organisationChanges, priceOrganisation, sourcesUsed,
  type Advice, type AdviceReason, type AdvisedParts, type GroupAdvice, type MonthAndYear, type UncertainFigure,
  type OrganisationChange, type OrganisationGroup, type OrganisationIssue, type OrganisationLine, type PricedOrganisation, type Proposal,
} from './pricing';
export {
  ACCENTS, DEFAULT_EMBED_OPTIONS, SECTIONS, THEMES, YEARS_AHEAD, checkWhen, dateProblem, dateWindow, embedOptionPairs, embedSnippets, encodeEstimate, encodeState, parseAmount, parseOptionalSeats, parseRate, parseSeats, readAddress,
  writeQuery, MAX_SAVED, addSaved, readSavedList, removeSaved, renameSaved, restoreSaved, writeSavedList, type SaveProblem, type SavedEstimate,
  type Accent, type AddressKey, type AddressNotice, type AddressNoticeCode, type AmountProblem, type DateProblem, type DateWindow, type EmbedOptions,
  type NumberStyle, type Parsed, type RateProblem, type SeatProblem, type Section, type Theme, type WhenProblem,
} from './address';
