import { priceBook } from '../../data';
import type { PriceBook } from '../../data/types';
import { isIsoDate, isMonthDay } from '../core/dates';
import { QuoteInputError } from '../core/errors';
import { checkInput, MAX_SEATS } from '../pricing/input';

/** Why a typed seat count was not accepted. */
export type SeatProblem = 'empty' | 'not-a-number' | 'negative' | 'fraction' | 'too-large';

/** The outcome of reading a field: a value, or the reason it was refused. */
export type Parsed<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P };

const WHOLE = /^\d+$/;
const GROUPED = /^(-?)(\d{1,3}(?:,\d{3})+)/;
const NUMBER = /^-?\d*(\.\d*)?$/;

/** Reads a seat count as typed: a whole number from 0 to 1,000,000; "1,200" is allowed. */
export function parseSeats(text: string): Parsed<number, SeatProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  // Thousands separators are allowed only where they belong: "1,200", not "1,20".
  const plain = trimmed.replace(GROUPED, (_, sign: string, digits: string) => sign + digits.replaceAll(',', ''));
  if (WHOLE.test(plain)) {
    const value = Number(plain);
    return value > MAX_SEATS ? { ok: false, problem: 'too-large' } : { ok: true, value };
  }
  if (!NUMBER.test(plain) || !/\d/.test(plain)) return { ok: false, problem: 'not-a-number' };
  if (plain.startsWith('-')) return { ok: false, problem: 'negative' };
  return { ok: false, problem: 'fraction' };
}

/** Why a date could not be used: missing, or needing prices from before the price book starts. */
export type DateProblem = 'empty' | 'before-book' | 'renewal-before-book';

/** Checks an estimate date and renewal anniversary together, as the engine would. */
export function checkWhen(asOf: string, renewal: string | null, book: PriceBook = priceBook): DateProblem | null {
  if (!isIsoDate(asOf) || (renewal !== null && !isMonthDay(renewal))) return 'empty';
  try {
    checkInput({ lines: [], channel: 'direct', asOf, ...(renewal === null ? {} : { renewal }) }, book);
    return null;
  } catch (error) {
    if (error instanceof QuoteInputError && error.code === 'date-before-price-book') return error.field === 'renewal' ? 'renewal-before-book' : 'before-book';
    throw error;
  }
}
