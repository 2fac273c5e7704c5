import { pricingBook } from '../../data/pricing-book';
import type { PriceBook } from '../../data/types';
import { compareDates, type DateComparison } from './compare';
import { addDays } from '../core/dates';
import type { QuoteInput } from './input';
import { indexBook } from './prices';

/** One thing a change alters on one line: its granted seats, nonprofit price or list price. */
export interface LineDifference {
  product: string;
  name: string;
  kind: 'grant' | 'price' | 'list';
  before: string | number | null;
  after: string | number | null;
}

/** A dated change in the price book and what it does to a selection. */
export interface PriceChange {
  date: string;
  comparison: DateComparison;
  differences: LineDifference[];
}

/** What differs, line by line, between the two sides of a comparison. */
function differencesOf(comparison: DateComparison): LineDifference[] {
  return comparison.a.lines.flatMap((a, i) => {
    const b = comparison.b.lines[i]!;
    const pairs = [
      ['grant', a.grantedSeats, b.grantedSeats],
      ['price', a.nonprofitUnitPrice, b.nonprofitUnitPrice],
      ['list', a.commercialUnitPrice, b.commercialUnitPrice],
    ] as const;
    return pairs
      .filter(([, before, after]) => before !== after)
      .map(([kind, before, after]) => ({ product: a.product, name: a.name, kind, before, after }));
  });
}

/**
 * The selection priced across one change date: the day before against the day itself. Use it for a
 * change that is shown whether or not it affects the selection (1 Sept 2022).
 */
export function acrossChange(input: QuoteInput, date: string, book: PriceBook = pricingBook): PriceChange {
  const comparison = compareDates(input, addDays(date, -1), date, book);
  return { date, comparison, differences: differencesOf(comparison) };
}

/** Every dated change after `since` that alters a price or grant of the selection, oldest first. */
export function changesAffecting(input: QuoteInput, since: string, book: PriceBook = pricingBook): PriceChange[] {
  return indexBook(book)
    .changeDates.filter((date) => date > since)
    .map((date) => acrossChange(input, date, book))
    .filter((change) => change.differences.length > 0);
}
