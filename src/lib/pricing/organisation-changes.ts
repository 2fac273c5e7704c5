import { pricingBook } from '../../data/pricing-book';
import type { PriceBook } from '../../data/types';
import { addDays, nextAnniversary } from '../core/dates';
import { amount, toMoneyString } from '../core/money';
import { checkOrganisation, type OrganisationInput } from './organisation-input';
import { priceOrganisationAt, type PricedOrganisation } from './organisation';
import { indexBook } from './prices';

/** One amount before and after a change, and after minus before. */
export interface MoneyChange {
  before: string;
  after: string;
  difference: string;
}

/** A dated change in the book and what it does to this organisation's money. */
export interface OrganisationChange {
  date: string;
  /** When it reaches this organisation: its first renewal on or after the date, or the date for a new purchase. */
  reachesOn: string;
  /** Whether it had reached the organisation by the estimate date. */
  inForce: boolean;
  nonprofitMonthly: MoneyChange;
  nonprofitAnnual: MoneyChange;
  commercialMonthly: MoneyChange;
  commercialAnnual: MoneyChange;
  /** Only the commercial comparison moves: "your bill does not change". */
  billUnchanged: boolean;
  /** Products whose line changes: a price, a grant, or seats that can no longer (or now can) be bought. */
  products: string[];
}

function moneyChange(before: string, after: string): MoneyChange {
  return { before, after, difference: toMoneyString(amount(after).minus(amount(before))) };
}

function lineKey(line: PricedOrganisation['lines'][number]): string {
  return [line.nonprofitMonthly, line.commercialMonthly, line.grantedSeats, line.blockedSeats].join('|');
}

/** Every date on which the book changes a price, grant, sale or surcharge, after its first date. */
function changeDates(book: PriceBook): string[] {
  const dates = new Set([...indexBook(book).changeDates.slice(1), ...book.surcharges.map((s) => s.from)]);
  return [...dates].sort();
}

/**
 * Each dated change in the book that alters this organisation's money or seats, oldest first: the
 * selection priced the day before and the day of the change, as the same kind of purchase.
 */
export function organisationChanges(input: OrganisationInput, book: PriceBook = pricingBook): OrganisationChange[] {
  checkOrganisation(input, book);
  const isNew = input.renewal === undefined;
  const priceAt = (priceDate: string) => priceOrganisationAt(input, { channel: input.channel, priceDate, isNew }, book, false);
  return changeDates(book).flatMap((date) => {
    const [a, b] = [priceAt(addDays(date, -1)), priceAt(date)];
    const products = b.lines.filter((line, i) => lineKey(line) !== lineKey(a.lines[i]!)).map((line) => line.product);
    if (products.length === 0 && a.totals.nonprofitMonthly === b.totals.nonprofitMonthly && a.totals.commercialMonthly === b.totals.commercialMonthly) return [];
    const reachesOn = isNew ? date : nextAnniversary(date, input.renewal!);
    return [{
      date, reachesOn, inForce: reachesOn <= input.asOf,
      nonprofitMonthly: moneyChange(a.totals.nonprofitMonthly, b.totals.nonprofitMonthly),
      nonprofitAnnual: moneyChange(a.totals.nonprofitAnnual, b.totals.nonprofitAnnual),
      commercialMonthly: moneyChange(a.totals.commercialMonthly, b.totals.commercialMonthly),
      commercialAnnual: moneyChange(a.totals.commercialAnnual, b.totals.commercialAnnual),
      billUnchanged: a.totals.nonprofitAnnual === b.totals.nonprofitAnnual && a.totals.commercialAnnual !== b.totals.commercialAnnual,
      products,
    }];
  });
}
