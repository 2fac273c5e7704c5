import { pricingBook } from '../../data/pricing-book';
import type { PriceBook } from '../../data/types';
import { isIsoDate, isMonthDay, nextAnniversary } from '../core/dates';
import { inputError } from '../core/errors';
import type { QuoteInput } from './input';
import { amount, toMoneyString } from '../core/money';
import { quote, type Quote } from './quote';

/** One line priced on two dates. */
export interface ComparedLine {
  product: string;
  name: string;
  nonprofitMonthlyA: string;
  nonprofitMonthlyB: string;
  commercialMonthlyA: string;
  commercialMonthlyB: string;
  /** B minus A, per month and per year: positive when the line costs more on date B. */
  changeMonthly: string;
  changeAnnual: string;
}

/** A selection priced on two dates, per line and in total. */
export interface DateComparison {
  a: Quote;
  b: Quote;
  lines: ComparedLine[];
  totals: Omit<ComparedLine, 'product' | 'name'>;
  /** When date B's prices reach this organisation: its first renewal on or after B, or B for a new purchase. */
  reachesCustomerOn: string;
}

function difference(later: string, earlier: string): string {
  return toMoneyString(amount(later).minus(amount(earlier)));
}

function compareSummaries(a: Quote['totals'], b: Quote['totals']): Omit<ComparedLine, 'product' | 'name'> {
  return {
    nonprofitMonthlyA: a.nonprofitMonthly,
    nonprofitMonthlyB: b.nonprofitMonthly,
    commercialMonthlyA: a.commercialMonthly,
    commercialMonthlyB: b.commercialMonthly,
    changeMonthly: difference(b.nonprofitMonthly, a.nonprofitMonthly),
    changeAnnual: difference(b.nonprofitAnnual, a.nonprofitAnnual),
  };
}

/**
 * The same selection at the prices in force on two dates (as a purchase on each date), e.g. the day
 * before and the day of the 1 Sept 2022 change, and when the later prices reach this customer.
 */
export function compareDates(input: QuoteInput, dateA: string, dateB: string, book: PriceBook = pricingBook): DateComparison {
  if (!isIsoDate(dateA)) throw inputError('invalid-date', 'dateA');
  if (!isIsoDate(dateB)) throw inputError('invalid-date', 'dateB');
  if (input.renewal !== undefined && !isMonthDay(input.renewal)) throw inputError('invalid-renewal', 'renewal');
  const base = { lines: input.lines, channel: input.channel, ...(input.term === undefined ? {} : { term: input.term }) };
  const a = quote({ ...base, asOf: dateA }, book);
  const b = quote({ ...base, asOf: dateB }, book);
  return {
    a,
    b,
    lines: a.lines.map((lineA, i) => {
      const lineB = b.lines[i]!;
      return { product: lineA.product, name: lineA.name, ...compareSummaries(lineA, lineB) };
    }),
    totals: compareSummaries(a.totals, b.totals),
    reachesCustomerOn: input.renewal === undefined ? dateB : nextAnniversary(dateB, input.renewal),
  };
}
