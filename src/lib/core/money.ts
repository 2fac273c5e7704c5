import Decimal from 'decimal.js';

/**
 * The one Decimal constructor for money. Rounding is half up, and cents are the only place
 * rounding happens (see roundToCent).
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Amount = InstanceType<typeof Money>;

const MONEY_STRING = /^(0|[1-9]\d{0,8})\.\d{2}$/;

/** Whether a string is a money figure the price book accepts: non-negative, two decimals. */
export function isMoneyString(value: unknown): value is string {
  return typeof value === 'string' && MONEY_STRING.test(value);
}

/** An amount from a price-book figure that has passed isMoneyString. */
export function amount(value: string | number): Amount {
  return new Money(value);
}

/** The rounding rule, written once: to the cent, half up (an amount already in cents is returned as it is). */
export function roundToCent(value: Amount): Amount {
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A rounded amount as the engine reports it: `'82.50'`. */
export function toMoneyString(value: Amount): string {
  return roundToCent(value).toFixed(2);
}

/** The larger of two amounts. */
export function maxOf(a: Amount, b: Amount): Amount {
  return a.greaterThan(b) ? a : b;
}

/** The smaller of two amounts. */
export function minOf(a: Amount, b: Amount): Amount {
  return a.lessThan(b) ? a : b;
}

/** The sum of amounts (zero for none). */
export function sum(values: readonly Amount[]): Amount {
  return values.reduce((total, value) => total.plus(value), new Money(0));
}

/**
 * `part` as a percentage of `whole`, one decimal, `'0.0'` when the whole is zero. Half up for
 * savings; `down` where a threshold is read, so 84.99 % never shows as 85.0.
 */
export function percentOf(part: Amount, whole: Amount, rounding: 'half-up' | 'down' = 'half-up'): string {
  if (whole.isZero() || part.isZero()) return '0.0';
  if (part.equals(whole)) return '100.0';
  const mode = rounding === 'down' ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP;
  const percent = part.div(whole).times(100).toFixed(1, mode);
  // toFixed keeps the sign of a value that rounds to zero; a rounded zero is written '0.0'.
  return percent === '-0.0' ? '0.0' : percent;
}
