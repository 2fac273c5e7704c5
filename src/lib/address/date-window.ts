import { pricingBook as priceBook } from '../../data/pricing-book';
import type { PriceBook } from '../../data/types';
import { addMonths, isIsoDate, isMonthDay } from '../core/dates';
import { priceDateOf } from '../pricing/input';
import { indexBook } from '../pricing/prices';

/**
 * How many years after today a date may lie. Ten years covers any budget a nonprofit plans, and
 * keeps everything the engine works out from such a date (a projection of up to 120 months, Azure
 * plans of 24 months, keys activated up to five years after purchase) far inside the four-digit
 * years the engine's calendar counts in; a link dated 9999-12-31 would run past them.
 */
export const YEARS_AHEAD = 10;

/** The latest day any window reaches, whatever the visitor's clock says: still ten years short of 9999. */
const LATEST = '9989-12-31';

/** The dates every field and every link may use: from the price book's first day to YEARS_AHEAD after today. */
export interface DateWindow {
  first: string;
  last: string;
}

/** The window for a day: `today` is `YYYY-MM-DD`, in the visitor's own time zone. */
export function dateWindow(today: string, book: PriceBook = priceBook): DateWindow {
  const last = isIsoDate(today) ? addMonths(today, 12 * YEARS_AHEAD) : LATEST;
  return { first: indexBook(book).firstDate, last: isIsoDate(last) && last < LATEST ? last : LATEST };
}

/** Why a date cannot be used: incomplete, before the price book, or too far ahead. */
export type DateProblem = 'empty' | 'before-book' | 'too-far';

/** What is wrong with a date `YYYY-MM-DD` (as a date field gives it), or null when it lies between the window's first and last day. */
export function dateProblem(date: string, dates: DateWindow): DateProblem | null {
  // A date input may give years of more than four digits ("275760-01-01"): they are too far, not empty.
  const year = /^(\d+)-\d{2}-\d{2}$/.exec(date)?.[1];
  if (year !== undefined && year.length > 4) return 'too-far';
  if (year !== undefined && date < dates.first) return 'before-book';
  if (!isIsoDate(date)) return 'empty';
  return date > dates.last ? 'too-far' : null;
}

/** Why an estimate date with its renewal cannot be used; `renewal-before-book` when the current term began before the book. */
export type WhenProblem = DateProblem | 'renewal-before-book';

/** Checks an estimate date and renewal anniversary together, as the engine will price them. */
export function checkWhen(asOf: string, renewal: string | null, dates: DateWindow): WhenProblem | null {
  const problem = dateProblem(asOf, dates);
  if (problem !== null) return problem;
  if (renewal === null) return null;
  if (!isMonthDay(renewal)) return 'empty';
  return priceDateOf(asOf, renewal) < dates.first ? 'renewal-before-book' : null;
}
