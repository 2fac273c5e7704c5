import type { PriceBook } from '../../data/types';
import { MAX_SEATS } from '../pricing/input';
import type { AzureChoice } from '../state/calculator-state';
import { dateProblem, type DateWindow } from './date-window';
import type { AddressKey, DateKey } from './keys';
import { echo, type AddressNotice } from './notices';
import { isAmount } from './parse-amount';

/** What a decoder reads against: the state to start from, the book, the date window, and where to note what it left out. */
export interface DecodeContext<Base extends { azure: AzureChoice } = { azure: AzureChoice }> {
  base: Base;
  book: PriceBook;
  dates: DateWindow;
  notices: AddressNotice[];
}

/** Notes a value that could not be used; `kept` is the value the estimate keeps instead, when there is one to name. */
export function noteBad(context: DecodeContext, key: AddressKey, raw: string, kept?: string): void {
  context.notices.push({ code: 'bad-value', key, value: echo(raw), ...(kept === undefined ? {} : { kept }) });
}

const SEATS = /^\d{1,7}$/;

/** A seat count as links write it (`f` follows the organisation: null), or undefined when it is not one. */
export function seatsOf(value: string | undefined): number | null | undefined {
  if (value === 'f') return null;
  if (value === undefined || !SEATS.test(value)) return undefined;
  const seats = Number(value);
  return seats <= MAX_SEATS ? seats : undefined;
}

/** A spend list from a link: one amount or twelve, comma-separated. */
export function spendOf(raw: string): string[] | undefined {
  const amounts = raw.split(',');
  return (amounts.length === 1 || amounts.length === 12) && amounts.every(isAmount) ? amounts : undefined;
}

/** Whether every date is real and inside the window; notes the value when not (`raw` is what the link held, `kept` the date used instead). */
export function datesFit(context: DecodeContext, key: DateKey, raw: string, dates: readonly string[], kept?: string): boolean {
  const problems = dates.map((date) => dateProblem(date, context.dates));
  if (problems.every((problem) => problem === null)) return true;
  if (problems.includes('empty')) noteBad(context, key, raw, kept);
  else context.notices.push({ code: 'date-out-of-range', key, value: echo(raw), ...context.dates, ...(kept === undefined ? {} : { kept }) });
  return false;
}
