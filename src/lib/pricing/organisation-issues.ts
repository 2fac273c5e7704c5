import type { Channel } from '../../data/types';
import type { QuoteIssue, Severity } from './issues';

/** The parameters each organisation issue carries: ids, counts, dates and codes, never words. */
export interface OrganisationIssueParams {
  /** People beyond a product's own cap (300 for each Business plan). */
  'over-product-cap': { product: string; cap: number; people: number };
  /** People beyond the cap a family shares in one tenant (300 across the Business plans together). */
  'over-tenant-cap': { cap: string; seats: number; products: string[]; people: number };
  /** People on an offer that is sold to renewing customers only, in a new purchase. */
  'renewals-only': { product: string; channel: Channel; from: string; people: number };
  'grant-only-volunteers': { product: string; volunteers: number };
  'staff-beyond-grant-unpriced': { product: string; grant: number; unpriced: number };
  'no-nonprofit-price': { product: string; people: number };
  'grant-not-in-channel': { product: string; grant: number; channel: Channel; otherChannel: Channel; confirmed: boolean };
}

/** Stable codes of the problems an organisation's estimate can point out. */
export type OrganisationIssueCode = keyof OrganisationIssueParams;

const SEVERITY: Record<OrganisationIssueCode, Severity> = {
  'over-product-cap': 'error',
  'over-tenant-cap': 'error',
  'renewals-only': 'error',
  'grant-only-volunteers': 'warning',
  'staff-beyond-grant-unpriced': 'warning',
  'no-nonprofit-price': 'warning',
  'grant-not-in-channel': 'info',
};

/** A problem with the organisation's selection: a code, how much it matters, the groups it concerns, its parameters. */
export type OrganisationIssue = {
  [C in OrganisationIssueCode]: { code: C; severity: Severity; groups: string[]; params: OrganisationIssueParams[C] };
}[OrganisationIssueCode];

/** Builds an organisation issue. */
export function organisationIssue<C extends OrganisationIssueCode>(code: C, groups: string[], params: OrganisationIssueParams[C]): OrganisationIssue {
  return { code, severity: SEVERITY[code], groups, params } as OrganisationIssue;
}

/** A line issue of the quote engine restated with codes instead of words, for the groups on the line. */
export function fromLineIssue(issue: QuoteIssue, product: string, people: number, channel: Channel, groups: string[]): OrganisationIssue | null {
  const p = issue.params as Record<string, unknown>;
  switch (issue.code) {
    case 'grant-only-volunteers':
      return organisationIssue(issue.code, groups, { product, volunteers: p.volunteers as number });
    case 'staff-beyond-grant-unpriced':
      return organisationIssue(issue.code, groups, { product, grant: p.grant as number, unpriced: p.unpriced as number });
    case 'no-nonprofit-price':
      return organisationIssue(issue.code, groups, { product, people });
    case 'grant-not-in-channel':
      return organisationIssue(issue.code, groups, {
        product, grant: p.grant as number, channel, otherChannel: channel === 'direct' ? 'enterprise-agreement' : 'direct', confirmed: p.confirmed as boolean,
      });
    default:
      // Seats over a cap never reach a line here: the allocation blocks them first.
      return null;
  }
}
