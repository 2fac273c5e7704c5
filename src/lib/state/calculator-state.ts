import type { BillingTerm, Channel } from '../../data/types';
import type { GrantInput } from '../azure/grant';
import type { OpenKey } from '../azure/keys';
import type { UserRate } from '../core/convert';
import type { QuoteInput } from '../pricing/input';
import type { OrganisationGroup, OrganisationInput } from '../pricing/organisation-input';
import type { PricedOrganisation } from '../pricing/organisation';
import { startingGroups } from './groups';

/** How the organisation buys and when: the calculator's top section. Its people are in the groups. */
export interface Organisation {
  channel: Channel;
  /** The day the estimate is for, `YYYY-MM-DD`. */
  asOf: string;
  /** The anniversary `MM-DD` of an existing annual subscription, or null for a new purchase. */
  renewal: string | null;
  /** ISO 3166-1 alpha-2 code of the organisation's country, or null until known. */
  country: string | null;
  term: BillingTerm;
}

/** The Azure credit planner's choices: each subscription kind, or null when not planned. */
export interface AzureChoice {
  grant: GrantInput | null;
  open: { spend: readonly string[]; keys: readonly OpenKey[]; threshold: string | null } | null;
}

/** Everything the user chose: what share links and saved state hold. */
export interface CalculatorState {
  organisation: Organisation;
  /** The organisation's people, each counted once, with the suite and add-ons each group takes. */
  groups: readonly OrganisationGroup[];
  azure: AzureChoice;
  /** The user's own exchange rate for an indicative amount in their currency beside each total; absent when none. */
  rate?: UserRate;
}

/** The state a first visit starts from: a small nonprofit's staff on Business Premium, its volunteers as guests. */
export function defaultState(today: string): CalculatorState {
  return {
    organisation: { channel: 'direct', asOf: today, renewal: null, country: null, term: 'annual-yearly' },
    groups: startingGroups(),
    azure: { grant: null, open: null },
  };
}

/** The organisation engine's input for a state. */
export function toOrganisationInput(state: CalculatorState): OrganisationInput {
  const { organisation: o } = state;
  return { groups: state.groups, channel: o.channel, asOf: o.asOf, ...(o.renewal === null ? {} : { renewal: o.renewal }), term: o.term };
}

/**
 * The line engine's input, derived from the priced organisation, so every panel that reads lines (the
 * outlook, the projection, the 85 % rule, Azure) sees the seats that can be bought: grant-eligible
 * seats as staff, the others as volunteers, blocked seats left out, the term passed through.
 */
export function toQuoteInput(state: CalculatorState, priced: PricedOrganisation | null): QuoteInput {
  const { organisation: o } = state;
  const eligible = new Set(state.groups.filter((g) => g.grantEligible).map((g) => g.id));
  const lines = (priced?.lines ?? []).map((line) => {
    const seats = (mine: boolean) => line.groups.reduce((n, g) => n + (eligible.has(g.group) === mine ? g.seats : 0), 0);
    return { product: line.product, staff: seats(true), volunteers: seats(false) };
  });
  return { lines, channel: o.channel, asOf: o.asOf, ...(o.renewal === null ? {} : { renewal: o.renewal }), term: o.term };
}
