import { isRate, type UserRate } from '../core/convert';
import type { Query } from './query';
import { noteBad, type DecodeContext } from './v1-values';

/**
 * Whether a code is a currency Intl knows (every current ISO 4217 code). Asked of Intl rather than
 * of src/data/currencies.ts so the page does not load the list before someone opens the currency panel.
 */
const isCurrency = (code: string): boolean => /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);

/** The user's exchange rate from `fx=NOK.10.80`, or undefined; a damaged one is dropped with a notice. */
export function decodeRate(params: Query, context: DecodeContext): UserRate | undefined {
  const raw = params.get('fx');
  if (raw === null) return undefined;
  const [currency, rate] = [raw.slice(0, 3), raw.slice(4)];
  if (raw[3] === '.' && isCurrency(currency) && isRate(rate)) return { currency, rate };
  noteBad(context, 'fx', raw);
  return undefined;
}
