/** Dates of the featured price change, written as German writes every date: apart from count.ts so the other parts do not carry it. */
const changeDateFormats: Partial<Record<'long' | 'short', Intl.DateTimeFormat>> = {};

/**
 * A `YYYY-MM-DD` date written day first ("1. September 2022", "1. Sept. 2022"): German order is
 * day first anyway, so this is de-DE with a long or short month name.
 */
export function changeDate(value: string, month: 'long' | 'short' = 'long'): string {
  const format = (changeDateFormats[month] ??= new Intl.DateTimeFormat('de-DE', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(`${value}T00:00:00Z`));
}
