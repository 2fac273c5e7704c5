/** Day-first dates for the featured price change only: apart from count.ts so the other parts do not carry it. */
const dayFirstFormats: Partial<Record<'long' | 'short', Intl.DateTimeFormat>> = {};

/**
 * A `YYYY-MM-DD` date written day first, as the page has always named the featured price change
 * ("1 September 2022", "1 Sept 2022"): British English order, so through en-GB.
 */
export function dayFirst(value: string, month: 'long' | 'short' = 'long'): string {
  const format = (dayFirstFormats[month] ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(`${value}T00:00:00Z`));
}
