import { fig } from './entries';
import type { Surcharge } from './types';

/**
 * What a billing term adds to the annual price paid yearly, by date. Before an entry's date the
 * term costs the same as the base. The rule for applying a percentage is `applySurcharge` in the engine.
 */
export const surcharges: readonly Surcharge[] = [
  // New Commerce Experience: a monthly term (cancel any month) costs 20 % more than an annual commitment.
  {
    from: '2022-03-01',
    term: 'monthly',
    prices: 'commercial',
    percent: fig('20', 'spiretech-2022'),
  },
  // Nonprofit subscriptions moved to the New Commerce Experience on 1 Sept 2024; the surcharge applies after 31 Dec 2024.
  {
    from: '2025-01-01',
    term: 'monthly',
    prices: 'nonprofit',
    percent: fig('20', 'charity-digital-nce'),
  },
  // An annual commitment paid monthly costs about 5 % more than paid yearly.
  {
    from: '2025-04-01',
    term: 'annual-monthly',
    prices: 'commercial',
    percent: fig('5', 'riverflowsbv-2026', 'medium'),
  },
  // The source does not say whether the 5 % applies to nonprofit prices; the page shows it as uncertain.
  {
    from: '2025-04-01',
    term: 'annual-monthly',
    prices: 'nonprofit',
    percent: fig('5', 'riverflowsbv-2026', 'medium', { caveat: 'nonprofit-application-unstated' }),
  },
];
