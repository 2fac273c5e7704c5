import { intlTag, type Locale } from './locales';

const built: Partial<Record<Locale, Intl.ListFormat>> = {};

/**
 * Alternatives joined as the locale does (`"a" or "b"`). Apart from format.ts because only the
 * input errors use it, and their words load on demand.
 */
export function either(locale: Locale, items: readonly string[]): string {
  return (built[locale] ??= new Intl.ListFormat(intlTag(locale), { type: 'disjunction' })).format(items);
}
