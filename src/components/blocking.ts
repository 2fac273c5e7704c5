import type { OrganisationIssue } from '../lib';

const BLOCKING: ReadonlySet<string> = new Set(['over-product-cap', 'over-tenant-cap', 'renewals-only']);

/** Whether an issue leaves people out of the totals: a cap or an end of sale. */
export function isBlocking(issue: OrganisationIssue): boolean {
  return BLOCKING.has(issue.code);
}
