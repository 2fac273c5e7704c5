import type { PriceBook, Product } from '../../data/types';
import { termSurcharges } from './billing-term';
import { indexBook } from './prices';
import { cents, priceLine, type LineContext, type PricedLine } from './price-line';
import { addUp } from './quote';
import { allocateSeats, type Allocation, type PurchaseContext } from './seats';
import type { OrganisationInput } from './organisation-input';

/** One product the groups take: its allocations and the staff and volunteer seats they add up to. */
export interface ProductSeats {
  product: Product;
  mine: Allocation[];
  staff: number;
  volunteers: number;
}

/** The products the allocations name, in book order, with their seats. */
export function seatsByProduct(allocations: readonly Allocation[], book: PriceBook): ProductSeats[] {
  return book.products.flatMap((product) => {
    const mine = allocations.filter((a) => a.product === product.id);
    if (mine.length === 0) return [];
    const staff = mine.reduce((n, a) => n + (a.grantEligible ? a.seats : 0), 0);
    const volunteers = mine.reduce((n, a) => n + (a.grantEligible ? 0 : a.seats), 0);
    return [{ product, mine, staff, volunteers }];
  });
}

/**
 * Prices lines, reusing a line already priced for the same product and seats: a line's money
 * depends on nothing else in one purchase context, and a proposal moves only a few seats. Only a
 * line's issues carry its index; the organisation's own lines are priced first, so theirs are right,
 * and a proposal reads only money.
 */
export function lineCache(lineContext: LineContext): (seats: ProductSeats, index: number) => PricedLine {
  const lines = new Map<string, PricedLine>();
  return ({ product, staff, volunteers }, index) => {
    const key = `${product.id}|${staff}|${volunteers}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = priceLine({ product: product.id, staff, volunteers }, index, product, lineContext)));
    return line;
  };
}

/** An organisation's nonprofit money and blocked seats: the figures the advisor compares, without lines, coverage or issues. */
export interface NonprofitTotals {
  nonprofitMonthly: string;
  nonprofitAnnual: string;
  blockedSeats: number;
}

/**
 * The nonprofit totals `priceOrganisationAt` would give, worked out the same way (the same
 * allocation, lines and sums) but without what only the page reads. `price` may be shared by calls
 * in one purchase context and billing term, so a line priced once is priced once.
 */
export function nonprofitTotalsAt(input: OrganisationInput, context: PurchaseContext, book: PriceBook, price = linePricer(input, context, book)): NonprofitTotals {
  const products = seatsByProduct(allocateSeats(input.groups, context, book), book);
  const t = addUp(products.map(price));
  const blockedSeats = products.reduce((n, p) => p.mine.reduce((m, a) => m + a.blockedSeats, n), 0);
  return { nonprofitMonthly: cents(t.nonprofitMonthly), nonprofitAnnual: cents(t.nonprofitAnnual), blockedSeats };
}

/** A line pricer for an organisation's purchase context and billing term, for `nonprofitTotalsAt`. */
export function linePricer(input: OrganisationInput, context: PurchaseContext, book: PriceBook): (seats: ProductSeats, index: number) => PricedLine {
  const surcharges = termSurcharges(input.term ?? 'annual-yearly', context.priceDate, book);
  return lineCache({ channel: context.channel, date: context.priceDate, byId: indexBook(book).byId, surcharges });
}
