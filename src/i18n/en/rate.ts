/** English strings of the indicative amount in the user's currency, loaded when someone uses it. */
import type { RateProblem } from '../../lib';

export const rate = {
  currency: 'Your currency',
  noCurrency: 'Choose a currency',
  rate: (p: { currency: string }) => `How many ${p.currency} one US dollar buys`,
  rateHint: 'Your own rate, such as your bank’s today. The calculator never looks one up.',
  note: "This calculator knows Microsoft's nonprofit prices in US dollars only. The figure in your currency is only your own conversion, at your rate. You are billed what Microsoft or your partner charges.",
  estimate: 'estimate at your rate',
  problems: {
    'decimal-mark': 'Use a point for decimals, such as 10.80.',
    'not-positive': 'Enter a rate above zero, such as 10.80, or leave it empty.',
    'too-large': 'That rate is too large; check the number.',
    'too-precise': 'Use at most six decimals.',
  } satisfies Record<RateProblem, string>,
};
