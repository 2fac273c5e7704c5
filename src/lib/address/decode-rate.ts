import { currencyCodes } from '../../data/currencies';
import { isRate, type UserRate } from '../core/convert';
import type { Query } from './query';
import { noteBad, type DecodeContext } from './v1-values';

/** The user's exchange rate from `fx=NOK.10.80`, or undefined; a damaged one is dropped with a notice. */
export function decodeRate(params: Query, context: DecodeContext): UserRate | undefined {
  const raw = params.get('fx');
  if (raw === null) return undefined;
  const [currency = '', rate] = [raw.slice(0, 3), raw.slice(4)];
  if (raw[3] === '.' && currencyCodes.value.includes(currency) && isRate(rate)) return { currency, rate };
  noteBad(context, 'fx', raw);
  return undefined;
}
