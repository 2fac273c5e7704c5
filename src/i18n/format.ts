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
}

/** Builds the formatters of a locale once; keep the result rather than rebuilding it per value. */
export function formatters(dictionary: Dictionary): Formatters {
  const money = new Intl.NumberFormat(dictionary.locale, { style: 'currency', currency: dictionary.currency });
  const count = new Intl.NumberFormat(dictionary.locale);
  const percent = new Intl.NumberFormat(dictionary.locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(dictionary.locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    money: (value) => money.format(value as Intl.StringNumericLiteral),
    count: (value) => count.format(value),
    percent: (value) => percent.format(value as Intl.StringNumericLiteral),
    date: (value) => date.format(new Date(`${value}T00:00:00Z`)),
  };
}
