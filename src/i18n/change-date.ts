import { intlTag, type Locale } from './locales';

/** Built when first used, one per locale and month style: apart from format.ts so only the dictionaries that date the featured change carry it. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A `YYYY-MM-DD` date of the featured price change in the locale's own order, with the month's name
 * long or short: "September 1, 2022" and "Sep 1, 2022", "1. september 2022", "1. September 2022".
 */
export function changeDateIn(locale: Locale, value: string, month: 'long' | 'short' = 'long'): string {
  const key = `${locale} ${month}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${value}T00:00:00Z`));
}
