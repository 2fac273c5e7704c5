import { amount, toMoneyString } from './money';

/**
 * The user's own exchange rate: 1 US dollar = `rate` units of `currency` (an ISO 4217 code). It only
 * adds an indicative figure beside each US dollar total: Microsoft publishes no nonprofit price list
 * in other currencies, so the converted figure is the user's estimate, never a price.
 */
export interface UserRate {
  currency: string;
  /** A positive decimal string, at most RATE_DECIMALS decimals and below MAX_RATE (`'10.80'`). */
  rate: string;
}

/** Decimals a rate may have: enough for any published rate (banks quote four to six). */
export const RATE_DECIMALS = 6;

/** Rates are below this: the largest currency units per dollar in use are in the tens of thousands. */
export const MAX_RATE = 1_000_000;

const RATE = /^(0|[1-9]\d{0,5})(\.\d{1,6})?$/;

/** Whether a string is a rate the converter takes: a positive decimal below MAX_RATE with at most six decimals. */
export function isRate(value: unknown): value is string {
  return typeof value === 'string' && RATE.test(value) && !amount(value).isZero();
}

/** A US dollar amount from the engine (`'82.50'`) in the user's currency at their rate, rounded to the cent by the one rule. */
export function convertAmount(usd: string, rate: string): string {
  return toMoneyString(amount(usd).times(rate));
}
