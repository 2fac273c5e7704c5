import { intlTag } from '../locales';

/** Dates for the featured price change only: apart from count.ts so the other parts do not carry it. */
const changeDateFormats: Partial<Record<'long' | 'short', Intl.DateTimeFormat>> = {};

/**
 * A `YYYY-MM-DD` date written as the rest of the English page writes dates, month first
 * ("September 1, 2022", "Sep 1, 2022"), so the featured change reads like every other date.
 */
export function changeDate(value: string, month: 'long' | 'short' = 'long'): string {
  const format = (changeDateFormats[month] ??= new Intl.DateTimeFormat(intlTag('en'), { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(`${value}T00:00:00Z`));
}
