import { pricingBook } from '../../data/pricing-book';
import type { AdvisorNeed } from '../../data/advisor-presets';
import type { BillingTerm, PriceBook } from '../../data/types';
import { amount, toMoneyString } from '../core/money';
import { advisorOffers, type AdvisorOffers, type UncertainFigure } from './advisor-offers';
import { adviceToGroups, type AdvisedParts } from './advisor-apply';
import { checkAdvisorInput, currentOrganisation, type AdvisorInput } from './advisor-input';
import { boundAssignment, compareAssignments, differsInSuites, searchAssignment, type Assignment, type SearchGroup } from './advisor-search';
import { meetsNeeds } from './needs';
import { linePricer, nonprofitTotalsAt } from './organisation-lines';
import type { OrganisationGroup } from './organisation-input';
import type { PurchaseContext } from './seats';

/** Why a group gets what it gets, as a code and the params one line of text needs. */
export type AdviceReason =
  | { code: 'no-licence-needed' }
  | { code: 'cheapest-meeting-needs'; suite: string; granted: boolean }
  | { code: 'split-at-limit'; suite: string; seats: number; limit: 'grant' | 'product-cap' | 'tenant-cap'; then: string; granted: boolean }
  | { code: 'no-priced-plan'; people: number; askPartner: string[] };

/** One group's advice: its suites with seats, and the reason. */
export interface GroupAdvice extends AdvisedParts {
  needs: readonly AdvisorNeed[];
  reason: AdviceReason;
}

/** Nonprofit money a month and a year, as decimal strings. */
export interface MonthAndYear {
  monthly: string;
  annual: string;
}

/** The next best assignment: the cheapest in which some group goes without one of its advised suites. */
export interface RunnerUp {
  groups: AdvisedParts[];
  cost: MonthAndYear;
  /** What it costs more than the advice (never less). */
  extra: MonthAndYear;
}

/** Whether figures that are not certain decided the choice. */
export interface AdviceUncertainty {
  /** The uncertain figures the advised suites (and the billing term) rest on. */
  figures: UncertainFigure[];
  /** Whether leaving every uncertain figure out changes some group's suites. */
  changesChoice: boolean;
  /** The advice without them, when it differs. */
  withoutThem: AdvisedParts[] | null;
}

/** The advisor's answer for the whole organisation. */
export interface Advice {
  priceDate: string;
  term: BillingTerm;
  groups: GroupAdvice[];
  cost: MonthAndYear;
  /** What the groups' current suites cost (seats a cap blocks are in no amount). */
  current: MonthAndYear & { blockedSeats: number };
  /** The advice's cost minus the current one: negative is a saving. */
  difference: MonthAndYear;
  runnerUp: RunnerUp | null;
  uncertainty: AdviceUncertainty;
  /** Suites this purchase cannot price: no published nonprofit price and no grant. */
  askPartner: string[];
  /** The groups with the advice applied, for `priceOrganisation`. */
  apply: OrganisationGroup[];
}

function searchGroups(input: AdvisorInput, offers: AdvisorOffers, book: PriceBook): SearchGroup[] {
  return input.groups.map((g) => ({
    people: g.needs.length === 0 ? 0 : g.people, grantEligible: g.grantEligible,
    suites: g.needs.length === 0 ? [] : offers.suites.filter((o) => meetsNeeds(o.id, g.needs, book) && (o.unitCents !== null || g.grantEligible)).map((o) => o.id),
  }));
}

/** Grants handed to eligible parts in group order, as priceOrganisation hands them. */
function toParts(input: AdvisorInput, found: Assignment, offers: AdvisorOffers): AdvisedParts[] {
  const pool = new Map(offers.suites.map((o) => [o.id, o.grant]));
  return input.groups.map((g, i) => {
    const parts = found.parts[i]!.map(({ suite, seats }) => {
      const grantedSeats = g.grantEligible ? Math.min(seats, pool.get(suite) ?? 0) : 0;
      pool.set(suite, (pool.get(suite) ?? 0) - grantedSeats);
      return { suite, seats, grantedSeats };
    });
    const guest = g.needs.length === 0;
    return { group: g.id, guest, parts, unplaced: guest ? 0 : g.people - parts.reduce((n, p) => n + p.seats, 0) };
  });
}

function reasonFor(advised: AdvisedParts, needs: readonly AdvisorNeed[], all: readonly AdvisedParts[], offers: AdvisorOffers, book: PriceBook): AdviceReason {
  if (advised.guest) return { code: 'no-licence-needed' };
  const granted = advised.parts.some((p) => p.grantedSeats > 0);
  if (advised.unplaced > 0 || advised.parts.length === 0) {
    return { code: 'no-priced-plan', people: advised.unplaced, askPartner: offers.askPartner.filter((id) => meetsNeeds(id, needs, book)) };
  }
  const [first, second] = advised.parts as [AdvisedParts['parts'][number], AdvisedParts['parts'][number] | undefined];
  if (!second) return { code: 'cheapest-meeting-needs', suite: first.suite, granted };
  // Parts come in book order; the limited suite (a grant or a cap) is the one the group fills first.
  const offer = offers.suites.find((o) => o.id === first.suite)!;
  const onSuite = (ids: (id: string) => boolean) => all.flatMap((a) => a.parts).filter((p) => ids(p.suite));
  const grantUsed = onSuite((id) => id === offer.id).reduce((n, p) => n + p.grantedSeats, 0);
  const tenantUsed = onSuite((id) => offers.suites.find((o) => o.id === id)?.tenantCap === offer.tenantCap).reduce((n, p) => n + p.seats, 0);
  const limit = offer.grant > 0 && grantUsed >= offer.grant ? 'grant'
    : offer.tenantCap !== undefined && tenantUsed >= (offers.tenantCaps.get(offer.tenantCap) ?? Infinity) ? 'tenant-cap' : 'product-cap';
  return { code: 'split-at-limit', suite: first.suite, seats: first.seats, limit, then: second.suite, granted };
}

function sameChoice(a: readonly AdvisedParts[], b: readonly AdvisedParts[]): boolean {
  const key = (list: readonly AdvisedParts[]) => JSON.stringify(list.map((g) => [g.guest, g.unplaced, g.parts.map((p) => [p.suite, p.seats])]));
  return key(a) === key(b);
}

/**
 * The runner-up: the cheapest assignment in which one group goes without one of its advised suites
 * (so it differs in that group's suites) and everyone the advice places is placed. An equally cheap
 * mix of the same suites is no runner-up.
 */
function runnerUpOf(groups: readonly SearchGroup[], best: Assignment, offers: AdvisorOffers): Assignment | null {
  // Branch and bound: each candidate's bound first (one flow), then full searches from the most
  // promising bound on, until no bound can match or beat the runner-up found.
  const candidates = best.parts.flatMap((parts, i) => parts.map(({ suite }) => {
    const without = groups.map((g, j) => (j === i ? { ...g, suites: g.suites.filter((s) => s !== suite) } : g));
    return { without, bound: boundAssignment(without, offers) };
  })).filter((c) => c.bound.placed === best.placed).sort((a, b) => a.bound.cents - b.bound.cents);
  let found: Assignment | null = null;
  for (const { without, bound } of candidates) {
    // A bound says nothing of the number of suites, so only a dearer bound ends the search.
    if (found && bound.cents > found.cents) break;
    const next = searchAssignment(without, offers, bound);
    if (next.placed === best.placed && differsInSuites(next, best) && (!found || compareAssignments(next, found) < 0)) found = next;
  }
  return found;
}

/**
 * The plan advisor: the cheapest assignment of suites to groups that meets every group's needs,
 * for the whole organisation at once, within grants, caps, the channel, the date and the billing
 * term, found by an exact search. Throws a QuoteInputError for bad input.
 */
export function advise(input: AdvisorInput, book: PriceBook = pricingBook): Advice {
  const priceDate = checkAdvisorInput(input, book);
  const term = input.term ?? 'annual-yearly';
  const context: PurchaseContext = { channel: input.channel, priceDate, isNew: input.renewal === undefined };
  const offers = advisorOffers(context, term, book);
  const groups = searchGroups(input, offers, book);
  const best = searchAssignment(groups, offers);
  const advised = toParts(input, best, offers);
  const organisation = currentOrganisation(input);
  // One context and term for every organisation priced here: a line priced once is reused.
  const price = linePricer(organisation, context, book);
  const costOf = (parts: readonly AdvisedParts[]): MonthAndYear => {
    const t = nonprofitTotalsAt({ ...organisation, groups: adviceToGroups(input.groups, parts) }, context, book, price);
    return { monthly: t.nonprofitMonthly, annual: t.nonprofitAnnual };
  };
  const minus = (a: MonthAndYear, b: MonthAndYear): MonthAndYear =>
    ({ monthly: toMoneyString(amount(a.monthly).minus(amount(b.monthly))), annual: toMoneyString(amount(a.annual).minus(amount(b.annual))) });
  const cost = costOf(advised);
  const now = nonprofitTotalsAt(organisation, context, book, price);
  const current = { monthly: now.nonprofitMonthly, annual: now.nonprofitAnnual, blockedSeats: now.blockedSeats };
  const second = runnerUpOf(groups, best, offers);
  const secondParts = second ? toParts(input, second, offers) : null;
  const secondCost = secondParts ? costOf(secondParts) : null;
  const runnerUp = secondParts && secondCost ? { groups: secondParts, cost: secondCost, extra: minus(secondCost, cost) } : null;
  const used = new Set(advised.flatMap((a) => a.parts.map((p) => p.suite)));
  const figures = [...offers.suites.filter((o) => used.has(o.id)).flatMap((o) => o.uncertain), ...(offers.surcharge ? [offers.surcharge] : [])];
  // Leaving out figures of suites the advice does not use only takes options away, so the advice
  // stays the cheapest: the search runs again only when the advice rests on an uncertain figure.
  const certainOffers = figures.length > 0 ? advisorOffers(context, term, book, true) : null;
  const certain = certainOffers ? toParts(input, searchAssignment(searchGroups(input, certainOffers, book), certainOffers), certainOffers) : advised;
  const changesChoice = !sameChoice(advised, certain);
  return {
    priceDate, term,
    groups: advised.map((a, i) => ({ ...a, needs: input.groups[i]!.needs, reason: reasonFor(a, input.groups[i]!.needs, advised, offers, book) })),
    cost, current, difference: minus(cost, current), runnerUp,
    uncertainty: { figures, changesChoice, withoutThem: changesChoice ? certain : null },
    askPartner: offers.askPartner,
    apply: adviceToGroups(input.groups, advised),
  };
}
