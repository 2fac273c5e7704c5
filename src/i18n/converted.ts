import { convertAmount, type UserRate } from '../lib';
import { intlTag, type Locale } from './locales';

const built = new Map<string, Intl.NumberFormat>();

/**
 * A US dollar amount from the engine in the user's currency at their rate, formatted for the page
 * (`1 485,00 kr`): the one helper every place that shows the indicative amount uses (totals, print
 * summary, CSV), so each rounds and writes it the same way.
 */
export function indicativeAmount(locale: Locale, usd: string, rate: UserRate): string {
  const key = `${locale} ${rate.currency}`;
  let format = built.get(key);
  if (!format) built.set(key, (format = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: rate.currency })));
  return format.format(convertAmount(usd, rate.rate) as Intl.StringNumericLiteral);
}
