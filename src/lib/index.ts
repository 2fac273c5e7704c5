/** The pricing engine's public API: pure functions over the price book, no DOM, no UI, no stores. */
export { quote, type Quote, type QuoteLine, type QuoteTotals, type MoneySummary } from './quote';
export { compareDates, type DateComparison, type ComparedLine } from './compare';
export { project, MAX_MONTHS, type Projection, type ProjectedMonth, type PriceSwitch } from './project';
export { priceDateOf, MAX_LINES, MAX_SEATS, type LineInput, type QuoteInput } from './input';
export { QuoteInputError, PriceBookError, type InputErrorCode, type PriceBookProblem } from './errors';
export type { IssueCode, QuoteIssue, Severity } from './issues';
export type { FigureRef } from './price-line';
export { findPriceBookProblems, assertValidPriceBook } from './price-book-check';
export { addMonths, isIsoDate, isMonthDay, nextAnniversary, termStart } from './dates';
export { findSource } from './sources';
export { acrossChange, changesAffecting, type LineDifference, type PriceChange } from './changes';
export { defaultState, resolveLine, toQuoteInput, type AzureChoice, type CalculatorState, type LineChoice, type Organisation } from './calculator-state';
export { checkWhen, parseSeats, type DateProblem, type Parsed, type SeatProblem } from './parse-field';
export { checkInput } from './input';
export { indexBook } from './prices';
export { hasNonprofitOffer, productsByFamily, type ProductGroup } from './catalogue';
export { CURRENT_VERSION, decodeState, encodeState, type Decoded, type LinkNotice, type LinkNoticeCode } from './share-codec';
export {
  ACCENTS, DEFAULT_EMBED_OPTIONS, EMBED_KEYS, SECTIONS, THEMES, embedOptionPairs, parseEmbedOptions,
  type Accent, type EmbedOptions, type OptionNotice, type Section, type Theme,
} from './embed-options';
export { writeQuery } from './query';
export { embedSnippets, type EmbedSnippets } from './embed-snippet';
export { availability, type Availability } from './availability';
export { isCountryCode, regionFromLanguages } from './country-codes';
export { checkActiveUse, type ActiveUse } from './active-use';
export { windowsGrant, type WindowsGrant } from './techsoup';
export { PLAN_MONTHS, type Spend } from './azure-schedule';
export { planGrant, type GrantInput, type GrantMonth, type GrantPlan, type GrantRenewal } from './azure-grant';
export { planOpen, type KeyOutcome, type OpenAlert, type OpenInput, type OpenMonth, type OpenPlan, type Suspension } from './azure-open';
export { MAX_KEYS, checkKeys, keyDateProblem, lastActivation, parseUnits, type OpenKey } from './azure-keys';
export { suggestUnits, type UnitSuggestion } from './azure-suggest';
export { isAmount, parseAmount, type AmountProblem } from './parse-amount';
