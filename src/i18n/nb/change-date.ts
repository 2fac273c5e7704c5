/** Dates for the featured price change only: apart from count.ts so the other parts do not carry it. */
import { intlTag } from '../locales';

const changeDateFormats: Partial<Record<'long' | 'short', Intl.DateTimeFormat>> = {};

/**
 * A `YYYY-MM-DD` date written day first ("1. september 2022", "1. sep. 2022"). Norwegian always
 * writes the day first, so this is the locale's own order, with the month long or short.
 */
export function changeDate(value: string, month: 'long' | 'short' = 'long'): string {
  const format = (changeDateFormats[month] ??= new Intl.DateTimeFormat(intlTag('nb'), { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(`${value}T00:00:00Z`));
}
