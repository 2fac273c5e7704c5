/** The pricing engine's public API: pure functions over the price book, no DOM, no UI, no stores. */
export { quote, type Quote, type QuoteLine, type QuoteTotals, type MoneySummary } from './pricing/quote';
export { compareDates, type DateComparison, type ComparedLine } from './pricing/compare';
export { project, MAX_MONTHS, type Projection, type ProjectedMonth, type PriceSwitch } from './pricing/project';
export { priceDateOf, MAX_LINES, MAX_SEATS, type LineInput, type QuoteInput } from './pricing/input';
export { QuoteInputError, PriceBookError, type InputErrorCode, type PriceBookProblem } from './core/errors';
export type { IssueCode, QuoteIssue, Severity } from './pricing/issues';
export type { FigureRef } from './pricing/price-line';
export { findPriceBookProblems, assertValidPriceBook } from './pricing/price-book-check';
export { addMonths, isIsoDate, isMonthDay, nextAnniversary, termStart } from './core/dates';
export { findSource } from './pricing/sources';
export { acrossChange, changesAffecting, type LineDifference, type PriceChange } from './pricing/changes';
export { defaultState, resolveLine, toQuoteInput, type AzureChoice, type CalculatorState, type LineChoice, type Organisation } from './state/calculator-state';
export { checkWhen, parseSeats, type DateProblem, type Parsed, type SeatProblem } from './address/parse-field';
export { checkInput } from './pricing/input';
export { indexBook } from './pricing/prices';
export { hasNonprofitOffer, productsByFamily, type ProductGroup } from './pricing/catalogue';
export { CURRENT_VERSION, decodeState, encodeState, type Decoded, type LinkNotice, type LinkNoticeCode } from './address/share-codec';
export {
  ACCENTS, DEFAULT_EMBED_OPTIONS, EMBED_KEYS, SECTIONS, THEMES, embedOptionPairs, parseEmbedOptions,
  type Accent, type EmbedOptions, type OptionNotice, type Section, type Theme,
} from './address/embed-options';
export { writeQuery } from './address/query';
export { embedSnippets, type EmbedSnippets } from './address/embed-snippet';
export { availability, type Availability } from './programme/availability';
export { isCountryCode, regionFromLanguages } from './programme/country-codes';
export { checkActiveUse, type ActiveUse } from './programme/active-use';
export { windowsGrant, type WindowsGrant } from './programme/techsoup';
export { PLAN_MONTHS, type Spend } from './azure/schedule';
export { planGrant, type GrantInput, type GrantMonth, type GrantPlan, type GrantRenewal } from './azure/grant';
export { planOpen, type KeyOutcome, type OpenAlert, type OpenInput, type OpenMonth, type OpenPlan, type Suspension } from './azure/open';
export { MAX_KEYS, checkKeys, keyDateProblem, lastActivation, parseUnits, type OpenKey } from './azure/keys';
export { suggestUnits, type UnitSuggestion } from './azure/suggest';
export { isAmount, parseAmount, type AmountProblem } from './address/parse-amount';
export { priceOrganisation, type GroupSeats, type OrganisationLine, type OrganisationTotals, type PricedOrganisation } from './pricing/organisation';
export { GUEST, MAX_GROUPS, type OrganisationGroup, type OrganisationInput } from './pricing/organisation-input';
export type { OrganisationIssue, OrganisationIssueCode, OrganisationIssueParams } from './pricing/organisation-issues';
export type { Coverage, GroupCoverage } from './pricing/coverage';
export type { Blocker } from './pricing/seats';
export { moveBlocked, type AddedCost, type Proposal } from './pricing/alternatives';
export { applySurcharge, surchargeOn, termSurcharges, type TermSurcharges } from './pricing/billing-term';
export { organisationChanges, type MoneyChange, type OrganisationChange } from './pricing/organisation-changes';
export { applyProposal, startingGroups } from './state/organisation';
export { isPastEstimate } from './state/estimate-date';
export { publicAccessOn } from './programme/public-access';
