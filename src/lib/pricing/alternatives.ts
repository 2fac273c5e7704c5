import { COVERAGE_LEVELS, NEEDS, type PriceBook, type Product } from '../../data/types';
import { amount, toMoneyString } from '../core/money';
import type { OrganisationGroup } from './organisation-input';
import { nonprofitOfferOn } from './prices';
import { isClosedTo, type Allocation, type PurchaseContext } from './seats';

/** Money a proposal adds to the totals (after minus before), per month and per year. */
export interface AddedCost {
  nonprofitMonthly: string;
  nonprofitAnnual: string;
  commercialMonthly: string;
  commercialAnnual: string;
}

/** The cheapest uncapped suite for the people a cap leaves out of one suite, priced, ready to apply. */
export interface Proposal {
  /** The suite whose people are blocked. */
  product: string;
  people: number;
  alternative: string;
  /** Whether the alternative includes at least what the blocked suite does (beyond its cap). */
  meetsSameNeeds: boolean;
  added: AddedCost;
  /** The organisation's groups with those people moved to the alternative: the one action that applies it. */
  groups: OrganisationGroup[];
}

/** The totals a repriced organisation reports, as far as a proposal needs them. */
type Totals = AddedCost;

/** Whether `to` includes every need at least as fully as `from` does. */
function meetsNeeds(from: string, to: string, book: PriceBook): boolean {
  const plan = (id: string) => book.plans.find((p) => p.product === id)?.includes.value;
  const [a, b] = [plan(from), plan(to)];
  if (!a || !b) return false;
  return NEEDS.every((need) => COVERAGE_LEVELS.indexOf(b[need]) >= COVERAGE_LEVELS.indexOf(a[need]));
}

function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The groups with each blocked person of one suite moved to another: a group wholly blocked changes suite; otherwise it splits. */
export function moveBlocked(groups: readonly OrganisationGroup[], blocked: readonly Allocation[], alternative: string): OrganisationGroup[] {
  const taken = new Set(groups.map((g) => g.id));
  return groups.flatMap((group) => {
    const moved = blocked.find((a) => a.group === group.id)?.blockedSeats ?? 0;
    if (moved === 0) return [group];
    if (moved === group.people) return [{ ...group, suite: alternative }];
    return [{ ...group, people: group.people - moved }, { ...group, id: freeId(`${group.id}-${alternative}`, taken), people: moved, suite: alternative }];
  });
}

/** Suites without any cap that this purchase can buy at a nonprofit price. */
function uncappedSuites(context: PurchaseContext, book: PriceBook): Product[] {
  return book.products.filter((p) => p.kind === 'suite' && p.seatCap === null && p.tenantCap === undefined &&
    nonprofitOfferOn(p, context.channel, context.priceDate)?.price != null && !isClosedTo(p, context));
}

/**
 * For each suite whose people a cap blocks, the cheapest uncapped suite that covers them, preferring
 * one that meets the same needs, with what it adds to the totals. `reprice` prices a set of groups.
 */
export function proposeAlternatives(
  current: Totals, allocations: readonly Allocation[], groups: readonly OrganisationGroup[],
  context: PurchaseContext, reprice: (groups: OrganisationGroup[]) => Totals, book: PriceBook,
): Proposal[] {
  const candidates = uncappedSuites(context, book);
  const capped = allocations.filter((a) => a.blockedBy === 'product-cap' || a.blockedBy === 'tenant-cap');
  return book.products.flatMap((product) => {
    const blocked = capped.filter((a) => a.product === product.id && product.kind === 'suite');
    if (blocked.length === 0) return [];
    const options = candidates.map((alternative, order) => {
      const moved = moveBlocked(groups, blocked, alternative.id);
      const after = reprice(moved);
      const diff = (key: keyof Totals) => toMoneyString(amount(after[key]).minus(amount(current[key])));
      const added = { nonprofitMonthly: diff('nonprofitMonthly'), nonprofitAnnual: diff('nonprofitAnnual'), commercialMonthly: diff('commercialMonthly'), commercialAnnual: diff('commercialAnnual') };
      return { order, proposal: { product: product.id, people: blocked.reduce((n, a) => n + a.blockedSeats, 0), alternative: alternative.id, meetsSameNeeds: meetsNeeds(product.id, alternative.id, book), added, groups: moved } };
    });
    options.sort((x, y) => Number(y.proposal.meetsSameNeeds) - Number(x.proposal.meetsSameNeeds) ||
      amount(x.proposal.added.nonprofitMonthly).comparedTo(amount(y.proposal.added.nonprofitMonthly)) || x.order - y.order);
    return options.length > 0 ? [options[0]!.proposal] : [];
  });
}
