import { pricingBook } from '../../data/pricing-book';
import { ADVISOR_NEEDS, type AdvisorNeed } from '../../data/advisor-presets';
import type { BillingTerm, Channel, PriceBook } from '../../data/types';
import { inputError } from '../core/errors';
import { checkOrganisation, GUEST, type OrganisationGroup, type OrganisationInput } from './organisation-input';

/** One group the advisor places: who they are, what they need and what they have now. */
export interface AdvisorGroup {
  id: string;
  /** The user's own name for the group; the engine never reads it. */
  name: string;
  people: number;
  /** Paid staff and unpaid leaders: only they may have granted seats. */
  grantEligible: boolean;
  /** What the people need; none means they need no licence (guests). */
  needs: readonly AdvisorNeed[];
  /** The suite they have now (or `'guest'`, or null): what the advice is compared with. */
  current: string | typeof GUEST | null;
  /** Add-ons the group keeps, whichever suite it gets. */
  addOns?: readonly string[];
}

/** What the advisor is asked: the groups, the channel, when, and the billing term. */
export interface AdvisorInput {
  groups: readonly AdvisorGroup[];
  channel: Channel;
  asOf: string;
  renewal?: string;
  term?: BillingTerm;
}

/** The organisation as it is today: each group on its current suite. */
export function currentOrganisation(input: AdvisorInput): OrganisationInput {
  const groups: OrganisationGroup[] = input.groups.map((g) => ({
    id: g.id, name: g.name, people: g.people, grantEligible: g.grantEligible, suite: g.current, addOns: g.addOns ?? [],
  }));
  return { groups, channel: input.channel, asOf: input.asOf, ...(input.renewal === undefined ? {} : { renewal: input.renewal }), ...(input.term === undefined ? {} : { term: input.term }) };
}

/** Checks the advisor's input like an organisation's, and each group's needs; returns the price date. */
export function checkAdvisorInput(input: AdvisorInput, book: PriceBook = pricingBook): string {
  const priceDate = checkOrganisation(currentOrganisation(input), book);
  input.groups.forEach((group, i) => {
    const needs: unknown = group.needs;
    if (!Array.isArray(needs) || needs.some((n) => !(ADVISOR_NEEDS as readonly unknown[]).includes(n))) throw inputError('invalid-group', `groups[${i}].needs`);
  });
  return priceDate;
}
