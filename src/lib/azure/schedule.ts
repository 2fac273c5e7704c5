import { addMonths, isIsoDate } from '../core/dates';
import { inputError } from '../core/errors';
import { amount, type Amount } from '../core/money';
import { isAmount } from '../address/parse-amount';
import { PLAN_MONTHS, SPEND_MONTHS } from '../core/limits';

/** The limits this module checks, defined in core/limits so dictionaries can name them. */
export { PLAN_MONTHS, SPEND_MONTHS };

/**
 * Expected use per month: one amount for every month, or twelve, one for each of the next 12 months
 * (months 13 to 24 repeat them, as a year repeats).
 */
export type Spend = readonly string[];

/** One month of the plan: it starts on `start` and ends the day before `end`. */
export interface PlanMonth {
  start: string;
  end: string;
  spend: Amount;
}

/** Checks a spend list, naming the field; amounts are plain strings with at most two decimals. */
export function checkSpend(spend: Spend, field: string): void {
  if (!Array.isArray(spend) || (spend.length !== 1 && spend.length !== SPEND_MONTHS) || !spend.every(isAmount)) throw inputError('invalid-spend', field, { months: SPEND_MONTHS });
}

/** The months of a plan from `asOf`, with the use expected in each. */
export function planMonths(asOf: string, spend: Spend, months = PLAN_MONTHS): PlanMonth[] {
  if (!isIsoDate(asOf)) throw inputError('invalid-date', 'asOf');
  return Array.from({ length: months }, (_, i) => ({
    start: addMonths(asOf, i),
    end: addMonths(asOf, i + 1),
    spend: amount(spend.length === 1 ? spend[0]! : spend[i % SPEND_MONTHS]!),
  }));
}

/** Spend as one amount for every month, or as twelve that start equal to it and can then vary. */
export function spendVarying(spend: Spend, varies: boolean): string[] {
  const first = spend[0] ?? '0';
  return varies ? Array<string>(SPEND_MONTHS).fill(first) : [first];
}

/** The spend with one month's amount (or the single amount, at index 0) replaced. */
export function withMonthSpend(spend: Spend, index: number, value: string): string[] {
  return spend.map((old, i) => (i === index ? value : old));
}

/** The first day of each of the twelve months a varying spend names, from the plan's first day. */
export function spendMonthStarts(asOf: string): string[] {
  return Array.from({ length: SPEND_MONTHS }, (_, i) => addMonths(asOf, i));
}
