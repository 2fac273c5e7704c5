import type { Channel } from '../../data/types';

/**
 * The data each issue carries for its message, by code: seat counts, channel codes, product ids.
 * Each locale's dictionary looks names up and writes the sentence.
 */
export interface IssueParams {
  /** `alternative`: the id of a product with the same core features and no cap. */
  'over-seat-cap': { cap: number; seats: number; alternative?: string };
  'grant-only-volunteers': { volunteers: number };
  'staff-beyond-grant-unpriced': { grant: number; unpriced: number };
  'no-nonprofit-price': Record<string, never>;
  /** `otherChannel`: where the grant is offered; `channel`: the one chosen, which has none. */
  /** `confirmed`: a source of more than low confidence gives the other channel's grant on the date. */
  'grant-not-in-channel': { grant: number; channel: Channel; otherChannel: Channel; confirmed: boolean };
}

/** Stable codes of the problems a quote can point out. */
export type IssueCode = keyof IssueParams;

/** How much an issue matters: an error means the line cannot be bought as entered. */
export type Severity = 'error' | 'warning' | 'info';

const SEVERITY: Record<IssueCode, Severity> = {
  'over-seat-cap': 'error',
  'grant-only-volunteers': 'warning',
  'staff-beyond-grant-unpriced': 'warning',
  'no-nonprofit-price': 'warning',
  'grant-not-in-channel': 'info',
};

/** A problem with one line of a quote: its code and the data a dictionary needs to say it. */
export interface QuoteIssue<C extends IssueCode = IssueCode> {
  code: C;
  severity: Severity;
  /** Index of the line in the input. */
  line: number;
  /** The product's id. */
  product: string;
  params: IssueParams[C];
}

/** Builds an issue for a line. */
export function lineIssue<C extends IssueCode>(code: C, line: number, product: string, params: IssueParams[C]): QuoteIssue<C> {
  return { code, severity: SEVERITY[code], line, product, params };
}
