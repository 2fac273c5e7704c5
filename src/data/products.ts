import { addOns } from './products-add-ons';
import { enterpriseSuites } from './products-enterprise';
import {
  BEFORE_2022_CHANGES, BOTH, COMMERCIAL_CHANGE_2022, GRANT_RETIREMENT_2025, NONPROFIT_CHANGE_2022,
  faq, fig, list, list2022, list2026,
} from './entries';
import type { Product, TenantCap } from './types';

/** One cap for the Business family together in a tenant (Microsoft Learn, quoted by news.lavx.hu). */
export const tenantCaps: readonly TenantCap[] = [
  { id: 'm365-business', seats: fig(300, 'lavx-business-cap', 'medium-high') },
];

const CAP_300 = faq(300);

/** The Business plans: each capped at 300, and at 300 together in one tenant. */
const businessSuites: readonly Product[] = [
  {
    id: 'm365-business-basic',
    name: 'Microsoft 365 Business Basic',
    family: 'm365-business',
    kind: 'suite',
    seatCap: CAP_300,
    tenantCap: 'm365-business',
    capAlternative: faq('o365-e1'),
    nonprofit: [
      // A grant only: no discounted price is published, so volunteers and seats beyond the grant are not priced.
      {
        from: BEFORE_2022_CHANGES,
        channels: BOTH,
        grantSeats: faq(300),
        price: null,
      },
    ],
    commercial: [list2022(BEFORE_2022_CHANGES, '5.00'), list2022(COMMERCIAL_CHANGE_2022, '6.00'), list2026('7.00')],
  },
  {
    id: 'm365-business-standard',
    name: 'Microsoft 365 Business Standard',
    family: 'm365-business',
    kind: 'suite',
    seatCap: CAP_300,
    tenantCap: 'm365-business',
    nonprofit: [
      // The FAQ says the price did not change on 1 Sept 2022; windowsforum states the $3 figure.
      {
        from: BEFORE_2022_CHANGES,
        channels: BOTH,
        grantSeats: faq(0),
        price: fig('3.00', 'windowsforum-2025'),
      },
    ],
    commercial: [list(BEFORE_2022_CHANGES, fig('12.50', 'lasvegasit-2026', 'medium-high')), list2026('14.00')],
  },
  {
    id: 'm365-business-premium',
    name: 'Microsoft 365 Business Premium',
    family: 'm365-business',
    kind: 'suite',
    seatCap: CAP_300,
    tenantCap: 'm365-business',
    nonprofit: [
      { from: BEFORE_2022_CHANGES, channels: BOTH, grantSeats: faq(10), price: faq('5.00') },
      { from: NONPROFIT_CHANGE_2022, channels: BOTH, grantSeats: faq(10), price: faq('5.50') },
      // The 10-seat grant is retired for direct and CSP customers at their first renewal on or after 1 Jul 2025.
      {
        from: GRANT_RETIREMENT_2025,
        channels: ['direct'],
        grantSeats: fig(0, 'windowsforum-2025'),
        price: fig('5.50', 'windowsforum-2025'),
      },
      // The sources say Enterprise Agreements keep the Office 365 E1 grant; none says they sell the Business Premium grant.
      {
        from: GRANT_RETIREMENT_2025,
        channels: ['enterprise-agreement'],
        grantSeats: fig(10, 'windowsforum-2025', 'low', { caveat: 'grant-in-channel-unconfirmed' }),
        price: faq('5.50'),
      },
    ],
    commercial: [list2022(BEFORE_2022_CHANGES, '20.00'), list2022(COMMERCIAL_CHANGE_2022, '22.00')],
  },
];

/** Every product the calculator knows, in the order the page lists them. */
export const products: readonly Product[] = [
  ...businessSuites,
  ...enterpriseSuites.filter((p) => p.family !== 'frontline'),
  ...addOns,
  ...enterpriseSuites.filter((p) => p.family === 'frontline'),
];
