import { BILLING_TERMS, CHANNELS, type BillingTerm, type Channel, type PriceBook, type Product } from '../../data/types';
import { isIsoDate, isMonthDay, termStart } from '../core/dates';
import { inputError } from '../core/errors';
import { indexBook } from './prices';
import { MAX_LINES, MAX_SEATS } from '../core/limits';

/** One product line: seats for staff (paid staff and unpaid leaders) and for volunteers. */
export interface LineInput {
  product: string;
  staff: number;
  volunteers: number;
}

/** What the engine prices: the selection, the purchase channel and when. */
export interface QuoteInput {
  lines: readonly LineInput[];
  channel: Channel;
  /** The day the estimate is for, `YYYY-MM-DD`. */
  asOf: string;
  /** The anniversary `MM-DD` of an existing annual subscription; absent for a new purchase on `asOf`. */
  renewal?: string;
  /** How the subscription is billed; absent: the annual commitment paid yearly, the base price. */
  term?: BillingTerm;
}

/** A checked input with its products resolved and the date whose prices apply. */
export interface CheckedInput {
  input: QuoteInput;
  products: readonly Product[];
  priceDate: string;
}

/** The limits this module checks, defined in core/limits so dictionaries can name them. */
export { MAX_LINES, MAX_SEATS };

function checkSeats(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_SEATS) {
    throw inputError('invalid-seats', field, { min: 0, max: MAX_SEATS });
  }
}

/** The first day of the term whose prices apply: the last renewal on or before asOf, else asOf. */
export function priceDateOf(asOf: string, renewal?: string): string {
  return renewal === undefined ? asOf : termStart(asOf, renewal);
}

/** Checks an input against the book, throwing one QuoteInputError naming the first bad field. */
export function checkInput(input: QuoteInput, book: PriceBook): CheckedInput {
  const index = indexBook(book);
  if (!Array.isArray(input.lines) || input.lines.length > MAX_LINES) throw inputError('invalid-lines', 'lines', { max: MAX_LINES });
  const seen = new Set<string>();
  const products = input.lines.map((line, i) => {
    const field = `lines[${i}]`;
    const product = index.byId.get(line?.product);
    if (!product) throw inputError('unknown-product', `${field}.product`, { value: String(line?.product) });
    if (seen.has(product.id)) throw inputError('duplicate-product', `${field}.product`, { value: product.id });
    seen.add(product.id);
    checkSeats(line.staff, `${field}.staff`);
    checkSeats(line.volunteers, `${field}.volunteers`);
    return product;
  });
  if (!(CHANNELS as readonly unknown[]).includes(input.channel)) throw inputError('invalid-channel', 'channel', { allowed: CHANNELS });
  if (!isIsoDate(input.asOf)) throw inputError('invalid-date', 'asOf');
  if (input.renewal !== undefined && !isMonthDay(input.renewal)) throw inputError('invalid-renewal', 'renewal');
  if (input.term !== undefined && !(BILLING_TERMS as readonly unknown[]).includes(input.term)) throw inputError('invalid-term', 'term', { allowed: BILLING_TERMS });
  const priceDate = priceDateOf(input.asOf, input.renewal);
  if (priceDate < index.firstDate) {
    const field = input.renewal === undefined ? 'asOf' : 'renewal';
    throw inputError('date-before-price-book', field, { value: priceDate, first: index.firstDate });
  }
  return { input, products, priceDate };
}
