/**
 * Money strings (`'82.50'`) as whole cents in a number, where that is exact: a quote's savings and
 * its percentage are then worked out without decimal arithmetic. Beyond `SAFE` every function
 * answers null and the caller uses decimal.js, so no result depends on which way it was found.
 */

/** The largest number of cents handled here: a percentage multiplies by 1,000 and stays an exact integer. */
const SAFE = 1e12;

/**
 * A money string (two decimals) as whole cents, or null when it is not exact in a number here. The
 * float read is off by far less than half a cent below `SAFE`, so rounding gives the exact count.
 */
export function centsOf(money: string): number | null {
  const value = Math.round(Number(money) * 100);
  return Math.abs(value) < SAFE ? value : null;
}

/** Whole cents written as a money string: the same string `cents()` gives for the same amount. */
export function moneyOfCents(value: number): string {
  if (value === 0) return '0.00';
  const digits = String(Math.abs(value)).padStart(3, '0');
  return `${value < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * `part` as a percentage of `whole` (both in cents), one decimal, rounded half up (away from zero)
 * or down (toward zero): the same string `percentOf` gives, found by integer division.
 */
export function percentOfCents(part: number, whole: number, rounding: 'half-up' | 'down' = 'half-up'): string | null {
  if (Math.abs(part) >= SAFE || Math.abs(whole) >= SAFE) return null;
  if (whole === 0 || part === 0) return '0.0';
  if (part === whole) return '100.0';
  const scaled = Math.abs(part) * 1000;
  const divisor = Math.abs(whole);
  let tenths = Math.floor(scaled / divisor);
  let rest = scaled - tenths * divisor;
  // A float quotient may be one off; the remainder, exact in integers, corrects it.
  while (rest < 0) { tenths--; rest += divisor; }
  while (rest >= divisor) { tenths++; rest -= divisor; }
  if (rounding === 'half-up' && 2 * rest >= divisor) tenths++;
  if (tenths === 0) return '0.0';
  return `${(part < 0) !== (whole < 0) ? '-' : ''}${Math.floor(tenths / 10)}.${tenths % 10}`;
}
