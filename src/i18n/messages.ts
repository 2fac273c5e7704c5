import type { ErrorParams, InputErrorCode, IssueCode, IssueParams, QuoteInputError, QuoteIssue } from '../lib';
import type { OrganisationIssue, OrganisationIssueCode, OrganisationIssueParams } from '../lib/pricing';

/** A sentence for every input error code, from the field at fault and the error's data. */
export type ErrorMessages = { [C in InputErrorCode]: (field: string, params: ErrorParams[C]) => string };

/** A sentence for every issue code, from the product's id and the issue's data: a locale without one does not compile. */
export type IssueMessages = { [C in IssueCode]: (product: string, params: IssueParams[C]) => string };

/** The engine's input errors in one language: a locale without one of them does not compile. */
export interface ErrorStrings {
  /** Put before an input error's message. */
  failed: string;
  messages: ErrorMessages;
}

/** An input error in words, after the words that introduce it. */
export function errorText(strings: ErrorStrings, error: QuoteInputError): string {
  // The code and its params travel together; TypeScript cannot follow that through the lookup.
  const message = strings.messages[error.code] as (field: string, params: unknown) => string;
  return `${strings.failed} ${message(error.field, error.params)}`;
}

/** An issue of a quote line in words. */
export function issueText(issues: IssueMessages, issue: QuoteIssue): string {
  const message = issues[issue.code] as (product: string, params: unknown) => string;
  return message(issue.product, issue.params);
}

/** A sentence for every organisation issue code, from its data: a locale without one does not compile. */
export type OrganisationIssueMessages = { [C in OrganisationIssueCode]: (params: OrganisationIssueParams[C]) => string };

/** An issue of a priced organisation in words. */
export function organisationIssueText(messages: OrganisationIssueMessages, issue: OrganisationIssue): string {
  const message = messages[issue.code] as (params: unknown) => string;
  return message(issue.params);
}
