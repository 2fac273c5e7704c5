import { intlTag, type Locale } from './locales';

/** The Intl options for a partial date's precision: a year, a month, or a day. */
function precision(value: string): Intl.DateTimeFormatOptions {
  if (value.length === 4) return { year: 'numeric' };
  if (value.length === 7) return { year: 'numeric', month: 'long' };
  return { year: 'numeric', month: 'long', day: 'numeric' };
}

function toDate(value: string): Date {
  return new Date(`${value}${'-01-01'.slice(value.length - 4)}T00:00:00Z`);
}

/**
 * A source's own date in words: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `from/to` as a range
 * ("October 2023 – June 2025"), formatted as precisely as it is known, through Intl.
 */
export function formatSourceDate(value: string, locale: Locale): string {
  const [from, to] = value.split('/') as [string, string | undefined];
  const format = new Intl.DateTimeFormat(intlTag(locale), { timeZone: 'UTC', ...precision(to && to.length > from.length ? to : from) });
  return to === undefined ? format.format(toDate(from)) : format.formatRange(toDate(from), toDate(to));
}
