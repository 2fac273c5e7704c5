import { en } from '../../i18n/en';

type IssueMessages = typeof en.issues;

/** Stable codes of the problems a quote can point out. */
export type IssueCode = keyof IssueMessages;

/** How much an issue matters: an error means the line cannot be bought as entered. */
export type Severity = 'error' | 'warning' | 'info';

const SEVERITY: Record<IssueCode, Severity> = {
  'over-seat-cap': 'error',
  'grant-only-volunteers': 'warning',
  'staff-beyond-grant-unpriced': 'warning',
  'no-nonprofit-price': 'warning',
  'grant-not-in-channel': 'info',
};

/** A problem with one line of a quote, with the parameters a translated message needs. */
export interface QuoteIssue<C extends IssueCode = IssueCode> {
  code: C;
  severity: Severity;
  /** Index of the line in the input. */
  line: number;
  product: string;
  params: Parameters<IssueMessages[C]>[0];
  /** The English message; pages in other languages build theirs from code and params. */
  message: string;
}

/** Builds an issue for a line with its English message. */
export function lineIssue<C extends IssueCode>(code: C, line: number, product: string, params: Parameters<IssueMessages[C]>[0]): QuoteIssue<C> {
  const message = (en.issues[code] as (p: Parameters<IssueMessages[C]>[0]) => string)(params);
  return { code, severity: SEVERITY[code], line, product, params, message };
}
