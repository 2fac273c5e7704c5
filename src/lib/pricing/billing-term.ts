import { pricingBook } from '../../data/pricing-book';
import type { BillingTerm, PriceBook, PriceSide, Surcharge } from '../../data/types';
import { amount, roundToCent, type Amount } from '../core/money';

/** The surcharges a billing term carries on a date, per side; absent where the term costs the base price. */
export interface TermSurcharges {
  nonprofit?: Surcharge;
  commercial?: Surcharge;
}

/** The surcharge entry in force for a term and side on a date: the last one from on or before it. */
export function surchargeOn(term: BillingTerm, prices: PriceSide, date: string, book: PriceBook = pricingBook): Surcharge | undefined {
  let found: Surcharge | undefined;
  for (const entry of book.surcharges) {
    if (entry.term === term && entry.prices === prices && entry.from <= date && (!found || entry.from >= found.from)) found = entry;
  }
  return found;
}

/** Both sides' surcharges for a term on a date; none for the annual commitment paid yearly. */
export function termSurcharges(term: BillingTerm, date: string, book: PriceBook = pricingBook): TermSurcharges {
  const nonprofit = surchargeOn(term, 'nonprofit', date, book);
  const commercial = surchargeOn(term, 'commercial', date, book);
  return { ...(nonprofit ? { nonprofit } : {}), ...(commercial ? { commercial } : {}) };
}

/**
 * The billing-term rule, written once: the surcharge applies to the unit price, which is then
 * rounded half up to the cent; seats multiply the rounded unit price ($5.50 + 20 % = $6.60).
 */
export function applySurcharge(unit: Amount, surcharge: Surcharge | undefined): Amount {
  if (!surcharge) return unit;
  return roundToCent(unit.times(amount(surcharge.percent.value).div(100).plus(1)));
}
