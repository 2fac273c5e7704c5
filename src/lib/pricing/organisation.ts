import { pricingBook } from '../../data/pricing-book';
import type { BillingTerm, Caveat, PriceBook, Product, Sale } from '../../data/types';
import { checkOrganisation, type OrganisationGroup, type OrganisationInput } from './organisation-input';
import { fromLineIssue, organisationIssue, type OrganisationIssue } from './organisation-issues';
import { termSurcharges, type TermSurcharges } from './billing-term';
import { commercialPriceOn, indexBook, nonprofitOfferOn } from './prices';
import { cents, type LineProvenance, type PricedLine } from './price-line';
import { lineCache, seatsByProduct } from './organisation-lines';
import { addUp, summarise, type MoneySummary } from './quote';
import { allocateSeats, type Allocation, type PurchaseContext } from './seats';
import { coverageOf, type Coverage } from './coverage';
import { proposeAlternatives, type AddedCost, type Proposal } from './alternatives';

/** One group's part of a product line. */
export interface GroupSeats {
  group: string;
  seats: number;
  blockedSeats: number;
  grantedSeats: number;
}

/** One product for the whole organisation: seats derived from the groups, money for the seats that can be bought. */
export interface OrganisationLine extends MoneySummary {
  product: string;
  name: string;
  kind: Product['kind'];
  status: 'priced' | 'unpriced';
  /** People in the groups that take the product: each person counted once. */
  requestedSeats: number;
  /** Seats beyond a cap or closed to this purchase: in no amount. */
  blockedSeats: number;
  grantedSeats: number;
  paidSeats: number;
  unpricedSeats: number;
  nonprofitUnitPrice: string | null;
  commercialUnitPrice: string | null;
  sale: Sale;
  /** What is uncertain about the figures on this line, for the page to say beside them. */
  caveats: Caveat[];
  provenance: LineProvenance;
  groups: GroupSeats[];
}

/** The totals: sums of the rounded lines, and the seats counted in them or blocked. */
export interface OrganisationTotals extends MoneySummary {
  /** Every line's seats asked for, blocked ones included: the licences the groups call for. */
  requestedSeats: number;
  grantedSeats: number;
  paidSeats: number;
  unpricedSeats: number;
  blockedSeats: number;
}

/** An organisation priced: its lines, totals, who is covered, issues and proposals for blocked people. */
export interface PricedOrganisation {
  channel: OrganisationInput['channel'];
  asOf: string;
  renewal?: string;
  term: BillingTerm;
  priceDate: string;
  /** The surcharges the billing term adds on the price date; the nonprofit one may carry a caveat. */
  surcharges: TermSurcharges;
  lines: OrganisationLine[];
  totals: OrganisationTotals;
  coverage: Coverage;
  issues: OrganisationIssue[];
  proposals: Proposal[];
}

function caveatsOf(product: Product, context: PurchaseContext): Caveat[] {
  const offer = nonprofitOfferOn(product, context.channel, context.priceDate);
  const figures = [offer?.grantSeats, offer?.price, offer?.sale, commercialPriceOn(product, context.priceDate)?.price];
  return [...new Set(figures.flatMap((figure) => (figure?.caveat ? [figure.caveat] : [])))];
}

/** Hands a line's granted seats to its grant-eligible groups in order. */
function groupSeats(allocations: readonly Allocation[], granted: number): GroupSeats[] {
  let left = granted;
  return allocations.map((a) => {
    const grantedSeats = a.grantEligible ? Math.min(a.seats, left) : 0;
    left -= grantedSeats;
    return { group: a.group, seats: a.seats, blockedSeats: a.blockedSeats, grantedSeats };
  });
}

/** Prices the organisation for a purchase context; `withProposals` false leaves out the proposals. */
export function priceOrganisationAt(input: OrganisationInput, context: PurchaseContext, book: PriceBook, withProposals = true): PricedOrganisation {
  const term = input.term ?? 'annual-yearly';
  const surcharges = termSurcharges(term, context.priceDate, book);
  const allocations = allocateSeats(input.groups, context, book);
  const price = lineCache({ channel: context.channel, date: context.priceDate, byId: indexBook(book).byId, surcharges });
  const issues: OrganisationIssue[] = [];
  const lines: OrganisationLine[] = [];
  const priced: PricedLine[] = [];
  for (const seats of seatsByProduct(allocations, book)) {
    const { product, mine } = seats;
    const count = (pick: (a: Allocation) => number) => mine.reduce((n, a) => n + pick(a), 0);
    const line = price(seats, lines.length);
    const ids = mine.map((a) => a.group);
    issues.push(...line.issues.flatMap((issue) => fromLineIssue(issue, product.id, count((a) => a.seats), context.channel, ids) ?? []));
    priced.push(line);
    lines.push({
      product: product.id, name: product.name, kind: product.kind, status: line.priced ? 'priced' : 'unpriced',
      requestedSeats: count((a) => a.people), blockedSeats: count((a) => a.blockedSeats),
      grantedSeats: line.grantedSeats, paidSeats: line.paidSeats, unpricedSeats: line.unpricedSeats,
      nonprofitUnitPrice: line.nonprofitUnitPrice, commercialUnitPrice: line.commercialUnitPrice,
      sale: nonprofitOfferOn(product, context.channel, context.priceDate)?.sale?.value ?? 'open',
      caveats: caveatsOf(product, context), provenance: line.provenance,
      ...summarise(line.amounts), groups: groupSeats(mine, line.grantedSeats),
    });
  }
  issues.unshift(...blockedIssues(allocations, context, book));
  const count = (pick: (l: OrganisationLine) => number) => lines.reduce((n, l) => n + pick(l), 0);
  const totals: OrganisationTotals = {
    ...summarise(addUp(priced)),
    requestedSeats: count((l) => l.requestedSeats), grantedSeats: count((l) => l.grantedSeats), paidSeats: count((l) => l.paidSeats),
    unpricedSeats: count((l) => l.unpricedSeats), blockedSeats: count((l) => l.blockedSeats),
  };
  // A proposal needs only the money totals of the organisation with some people moved.
  const reprice = (groups: OrganisationGroup[]): AddedCost => {
    const t = addUp(seatsByProduct(allocateSeats(groups, context, book), book).map(price));
    return { nonprofitMonthly: cents(t.nonprofitMonthly), nonprofitAnnual: cents(t.nonprofitAnnual), commercialMonthly: cents(t.commercialMonthly), commercialAnnual: cents(t.commercialAnnual) };
  };
  return {
    channel: input.channel, asOf: input.asOf, ...(input.renewal === undefined ? {} : { renewal: input.renewal }),
    term, priceDate: context.priceDate, surcharges, lines, totals,
    coverage: coverageOf(input.groups, allocations, book),
    issues,
    proposals: withProposals ? proposeAlternatives(totals, allocations, input.groups, context, reprice, book) : [],
  };
}

/** One issue per product cap, tenant cap and end of sale that blocks people. */
function blockedIssues(allocations: readonly Allocation[], context: PurchaseContext, book: PriceBook): OrganisationIssue[] {
  const { byId } = indexBook(book);
  const blocked = allocations.filter((a) => a.blockedSeats > 0);
  const groupsOf = (list: readonly Allocation[]) => [...new Set(list.map((a) => a.group))];
  const people = (list: readonly Allocation[]) => list.reduce((n, a) => n + a.blockedSeats, 0);
  const issues: OrganisationIssue[] = [];
  for (const product of book.products) {
    const own = blocked.filter((a) => a.product === product.id);
    const capped = own.filter((a) => a.blockedBy === 'product-cap');
    if (capped.length > 0) issues.push(organisationIssue('over-product-cap', groupsOf(capped), { product: product.id, cap: product.seatCap!.value, people: people(capped) }));
    const closed = own.filter((a) => a.blockedBy === 'renewals-only');
    if (closed.length > 0) {
      const from = nonprofitOfferOn(product, context.channel, context.priceDate)!.from;
      issues.push(organisationIssue('renewals-only', groupsOf(closed), { product: product.id, channel: context.channel, from, people: people(closed) }));
    }
  }
  for (const cap of book.tenantCaps) {
    const capped = blocked.filter((a) => a.blockedBy === 'tenant-cap' && byId.get(a.product)?.tenantCap === cap.id);
    if (capped.length === 0) continue;
    const products = [...new Set(allocations.filter((a) => byId.get(a.product)?.tenantCap === cap.id).map((a) => a.product))];
    issues.push(organisationIssue('over-tenant-cap', groupsOf(capped), { cap: cap.id, seats: cap.seats.value, products, people: people(capped) }));
  }
  return issues;
}

/**
 * Prices an organisation described as groups of people: seats per product derived from the groups,
 * grants for grant-eligible seats only, caps that bind, the billing term, and a proposal for people
 * a cap leaves out. Throws a QuoteInputError naming the field at fault for bad input.
 */
export function priceOrganisation(input: OrganisationInput, book: PriceBook = pricingBook): PricedOrganisation {
  const priceDate = checkOrganisation(input, book);
  return priceOrganisationAt(input, { channel: input.channel, priceDate, isNew: input.renewal === undefined }, book);
}
