/**
 * The parts a locale's dictionary is split into, so an island loads only the parts it shows. Each
 * shape is English's, widened (strings are `string`): another locale's part is typed against it.
 */
import type { ErrorStrings, IssueMessages, OrganisationIssueMessages } from './messages';

/** Strings several islands show: field problems, source notes, the embed heading. */
export type CommonStrings = typeof import('./en/common').common;
/** The calculator island: organisation, product lines, estimate, sharing. */
export type CalculatorStrings = typeof import('./en/calculator').calculator;
/** The organisation model on the calculator: groups, billing term, caps, old estimates. */
export type OrganisationStrings = typeof import('./en/organisation').organisation;
/** The outlook island: the featured price change and the next 12 months. */
export type OutlookStrings = typeof import('./en/outlook').outlook;
/** The programme-rules island. */
export type ProgrammeStrings = typeof import('./en/programme').programme;
/** The Azure credit planner island. */
export type AzureStrings = typeof import('./en/azure').azure;
/** The embed panel, loaded when someone opens it. */
export type EmbedStrings = typeof import('./en/embed').embed;
/** The plan advisor, loaded when someone opens it. */
export type AdvisorStrings = typeof import('./en/advisor').advisor;
/** The notices about what a link or saved state could not use, loaded when there are some. */
export type NoticeStrings = typeof import('./en/notices').notices;
/** "Show the calculation": one line's money in sentences, loaded when someone opens it. */
export type WorkingStrings = typeof import('./en/working').working;
/** The exported estimate's headings and file name, loaded on the first export. */
export type CsvStrings = typeof import('./en/csv').csv;
/** A source's confidence, what kind of document it is, a missing address: the Sources list and the printed summary. */
export type SourceWords = typeof import('./en/sources').sourceWords;
/** The one-page summary for print or PDF, loaded when it is first needed. */
export type PrintStrings = typeof import('./en/print').print;
/** Named estimates, Start over, a shared estimate beside the user's own, refused storage: loaded when first needed. */
export type EstimateStrings = typeof import('./en/estimates').estimates;
/** The scenarios' first paint: the button that opens the scenario bar. */
export type ScenarioStrings = typeof import('./en/scenarios').scenarios;
/** The scenario bar, loaded when opened or when an estimate holds several scenarios. */
export type ScenarioBarStrings = typeof import('./en/scenario-bar').scenarioBar;
/** The comparison of scenarios, loaded when someone opens it. */
export type ComparisonStrings = typeof import('./en/comparison').comparison;
/** What only the server renders: page chrome, who may get grants, the method, sources. */
export type PageStrings = typeof import('./en/page').page;
/** The indicative amount in the user's currency: its panel and the "estimate at your rate" mark, loaded on demand. */
export type RateStrings = typeof import('./en/rate').rate;
/** The language switcher in the page's header (server-rendered). */
export type SwitcherStrings = typeof import('./en/switcher').switcher;

/** The parts an island's entry hands it when it loads. */
export interface Parts {
  common: CommonStrings;
  calculator: CalculatorStrings;
  issues: IssueMessages;
  organisation: OrganisationStrings;
  organisationIssues: OrganisationIssueMessages;
  outlook: OutlookStrings;
  programme: ProgrammeStrings;
  azure: AzureStrings;
  scenarios: ScenarioStrings;
}

/** The parts an island loads later, when it first needs them. */
export interface LaterParts {
  /** Input errors are rare (fields let only valid values through), so their words load when one shows. */
  errors: ErrorStrings;
  embed: EmbedStrings;
  notices: NoticeStrings;
  working: WorkingStrings;
  csv: CsvStrings;
  advisor: AdvisorStrings;
  print: PrintStrings;
  estimates: EstimateStrings;
  scenarioBar: ScenarioBarStrings;
  comparison: ComparisonStrings;
  rate: RateStrings;
}
