import { addMonths, isIsoDate } from '../core/dates';
import { inputError } from '../core/errors';
import { amount, type Amount } from '../core/money';
import { isAmount } from '../address/parse-amount';

/** How far the planner looks ahead. */
export const PLAN_MONTHS = 24;

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
  if (!Array.isArray(spend) || (spend.length !== 1 && spend.length !== 12) || !spend.every(isAmount)) throw inputError('invalid-spend', { field });
}

/** The months of a plan from `asOf`, with the use expected in each. */
export function planMonths(asOf: string, spend: Spend, months = PLAN_MONTHS): PlanMonth[] {
  if (!isIsoDate(asOf)) throw inputError('invalid-date', { field: 'asOf' });
  return Array.from({ length: months }, (_, i) => ({
    start: addMonths(asOf, i),
    end: addMonths(asOf, i + 1),
    spend: amount(spend.length === 1 ? spend[0]! : spend[i % 12]!),
  }));
}
