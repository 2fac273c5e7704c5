import { pricingBook } from '../../data/pricing-book';
import type { PriceBook } from '../../data/types';
import { addMonths, monthDayOf, termStart } from '../core/dates';
import { inputError } from '../core/errors';
import { checkInput, type QuoteInput } from './input';
import { amount, sum, toMoneyString } from '../core/money';
import { quote, type Quote } from './quote';
import { MAX_MONTHS } from '../core/limits';

/** One month of a projection, priced at the prices of the term its first day falls in. */
export interface ProjectedMonth {
  /** First day of the month, counted from asOf. */
  start: string;
  /** The first day of the annual term whose prices apply. */
  priceDate: string;
  nonprofit: string;
  commercial: string;
  savings: string;
}

/** A renewal inside the projection at which the monthly cost changes. */
export interface PriceSwitch {
  date: string;
  nonprofitBefore: string;
  nonprofitAfter: string;
  commercialBefore: string;
  commercialAfter: string;
}

/** Month-by-month costs from asOf, with the totals over the period and the switches at renewals. */
export interface Projection {
  months: ProjectedMonth[];
  totals: { nonprofit: string; commercial: string; savings: string };
  switches: PriceSwitch[];
}

/** The limits this module checks, defined in core/limits so dictionaries can name them. */
export { MAX_MONTHS };

/**
 * Projects the monthly cost over the next `months` months. Prices switch only at the renewal
 * anniversary (for a new purchase, the anniversary of asOf), as they do for a real subscription.
 */
export function project(input: QuoteInput, months: number, book: PriceBook = pricingBook): Projection {
  checkInput(input, book);
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) throw inputError('invalid-months', 'months', { min: 1, max: MAX_MONTHS });
  const anniversary = input.renewal ?? monthDayOf(input.asOf);
  const byTerm = new Map<string, Quote>();
  const quoteForTerm = (priceDate: string): Quote => {
    let found = byTerm.get(priceDate);
    if (!found) {
      found = quote({ lines: input.lines, channel: input.channel, asOf: priceDate, ...(input.term === undefined ? {} : { term: input.term }) }, book);
      byTerm.set(priceDate, found);
    }
    return found;
  };

  const projected: ProjectedMonth[] = [];
  const switches: PriceSwitch[] = [];
  for (let i = 0; i < months; i++) {
    const start = addMonths(input.asOf, i);
    const priceDate = termStart(start, anniversary);
    const { totals } = quoteForTerm(priceDate);
    const month = { start, priceDate, nonprofit: totals.nonprofitMonthly, commercial: totals.commercialMonthly, savings: totals.savingsMonthly };
    const previous = projected[i - 1];
    if (previous && previous.priceDate !== priceDate && (previous.nonprofit !== month.nonprofit || previous.commercial !== month.commercial)) {
      switches.push({ date: priceDate, nonprofitBefore: previous.nonprofit, nonprofitAfter: month.nonprofit, commercialBefore: previous.commercial, commercialAfter: month.commercial });
    }
    projected.push(month);
  }

  const total = (pick: (m: ProjectedMonth) => string) => toMoneyString(sum(projected.map((m) => amount(pick(m)))));
  return {
    months: projected,
    totals: { nonprofit: total((m) => m.nonprofit), commercial: total((m) => m.commercial), savings: total((m) => m.savings) },
    switches,
  };
}

/** The month of the projection in which each price switch shows, for marking it on a chart. */
export function switchMonths(projection: Projection): number[] {
  return projection.switches.map((s) => projection.months.findIndex((m) => m.start >= s.date));
}
