import type { Dictionary } from './en';

/** Money, counts, percentages and dates in a dictionary's locale, all through Intl. */
export interface Formatters {
  /** A decimal string from the engine (`'82.50'`), formatted exactly, never through a float. */
  money: (value: string) => string;
  count: (value: number) => string;
  /** A percentage string from the engine (`'85.0'`). */
  percent: (value: string) => string;
  /** A `YYYY-MM-DD` date, read as a calendar day (no time zone shift). */
  date: (value: string) => string;
  /** A chart axis amount, short: `$1.5K`. */
  axisMoney: (value: number) => string;
  /** A month on a chart axis: `Nov`. */
  monthShort: (value: string) => string;
  /** A month in a label: `November 2026`. */
  monthLong: (value: string) => string;
  /** An amount in a currency the page does not know (the user's own): `625.00`, no symbol. */
  plainAmount: (value: string) => string;
}

/** Builds the formatters of a locale once; keep the result rather than rebuilding it per value. */
export function formatters(dictionary: Dictionary): Formatters {
  const money = new Intl.NumberFormat(dictionary.locale, { style: 'currency', currency: dictionary.currency });
  const count = new Intl.NumberFormat(dictionary.locale);
  const percent = new Intl.NumberFormat(dictionary.locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(dictionary.locale, { dateStyle: 'long', timeZone: 'UTC' });
  const axisMoney = new Intl.NumberFormat(dictionary.locale, { style: 'currency', currency: dictionary.currency, notation: 'compact', maximumFractionDigits: 1 });
  const monthShort = new Intl.DateTimeFormat(dictionary.locale, { month: 'short', timeZone: 'UTC' });
  const monthLong = new Intl.DateTimeFormat(dictionary.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const plainAmount = new Intl.NumberFormat(dictionary.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const day = (value: string) => new Date(`${value}T00:00:00Z`);
  return {
    money: (value) => money.format(value as Intl.StringNumericLiteral),
    count: (value) => count.format(value),
    percent: (value) => percent.format(value as Intl.StringNumericLiteral),
    date: (value) => date.format(day(value)),
    axisMoney: (value) => axisMoney.format(value),
    monthShort: (value) => monthShort.format(day(value)),
    monthLong: (value) => monthLong.format(day(value)),
    plainAmount: (value) => plainAmount.format(value as Intl.StringNumericLiteral),
  };
}
