import type { Figure } from './types';

/**
 * The ISO 4217 codes of current currencies a user may convert the US dollar totals into, at a rate
 * they enter themselves (never fetched). Their names come from Intl.DisplayNames in the page's language.
 */
export const currencyCodes: Figure<readonly string[]> = {
  value: (
    'AED ARS AUD BDT BGN BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP GHS HKD HUF IDR ILS INR ISK JPY KES KRW ' +
    'MAD MXN MYR NGN NOK NZD PEN PHP PKR PLN RON RSD SAR SEK SGD THB TRY TWD TZS UAH UGX VND ZAR'
  ).split(' '),
  source: 'iso-4217',
  confidence: 'high',
};
