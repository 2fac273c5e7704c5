import { BEFORE_2022_CHANGES, BOTH, POWER_APPS_END_OF_SALE_2026, discount, faq, fig, list } from './entries';
import type { Product } from './types';

/** The products that come on top of a suite for the people who need them. */
export const addOns: readonly Product[] = [
  {
    id: 'dynamics-365-sales-professional',
    name: 'Dynamics 365 Sales Professional',
    family: 'dynamics-365',
    kind: 'add-on',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, faq('16.25'))],
    commercial: [list(BEFORE_2022_CHANGES, fig('65.00', 'ms-nonprofit-faq-nb', 'medium', { caveat: 'derived-from-discount' }))],
  },
  {
    id: 'power-apps-per-app',
    // Microsoft's own name, as its Norwegian nonprofit FAQ writes it ("Power Apps per app"): product
    // names are shown as they are on every page, so none carries words of one language around it.
    name: 'Power Apps per app',
    family: 'power-platform',
    kind: 'add-on',
    seatCap: null,
    nonprofit: [
      // The FAQ: the 10 free licences come through the direct portal, CSP and volume licensing.
      {
        from: BEFORE_2022_CHANGES,
        channels: BOTH,
        grantSeats: faq(10),
        price: faq('2.50'),
      },
      // No longer sold to new Enterprise Agreement customers; existing ones renew. Direct and CSP sales continue.
      {
        from: POWER_APPS_END_OF_SALE_2026,
        channels: ['enterprise-agreement'],
        grantSeats: fig(10, 'ms-nonprofit-faq-nb', 'medium', { caveat: 'grant-after-end-of-sale-unpublished' }),
        price: faq('2.50'),
        sale: fig('renewals-only', 'licensing-guide-2026', 'medium-high', { seeAlso: ['schneider-2026'] }),
      },
    ],
    commercial: [list(BEFORE_2022_CHANGES, faq('5.00'))],
  },
  {
    id: 'power-apps-premium',
    name: 'Power Apps Premium',
    family: 'power-platform',
    kind: 'add-on',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, faq('5.00'))],
    commercial: [list(BEFORE_2022_CHANGES, fig('20.00', 'licensing-guide-2026', 'medium-high', { seeAlso: ['ms-nonprofit-faq-nb'] }))],
  },
];
