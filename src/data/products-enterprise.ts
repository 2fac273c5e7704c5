import {
  BEFORE_2022_CHANGES, COMMERCIAL_CHANGE_2022, GRANT_RETIREMENT_2025, NONPROFIT_CHANGE_2022,
  discount, faq, fig, list, list2022, list2026,
} from './entries';
import type { Product } from './types';

/** The uncapped suites: Office 365 E1/E3/E5, Microsoft 365 E3/E5 and the frontline plans F1/F3. */
export const enterpriseSuites: readonly Product[] = [
  {
    id: 'o365-e1',
    name: 'Office 365 E1',
    family: 'office-365-enterprise',
    kind: 'suite',
    seatCap: null,
    nonprofit: [
      { from: BEFORE_2022_CHANGES, channels: ['direct'], grantSeats: faq(0), price: faq('2.00') },
      { from: BEFORE_2022_CHANGES, channels: ['enterprise-agreement'], grantSeats: faq(2000), price: faq('2.00') },
      { from: NONPROFIT_CHANGE_2022, channels: ['direct'], grantSeats: faq(0), price: faq('2.50') },
      { from: NONPROFIT_CHANGE_2022, channels: ['enterprise-agreement'], grantSeats: faq(2000), price: faq('2.50') },
      // Confirms the retirement for direct and CSP customers; the FAQ already lists the grant as Enterprise Agreement only.
      {
        from: GRANT_RETIREMENT_2025,
        channels: ['direct'],
        grantSeats: fig(0, 'windowsforum-2025'),
        price: faq('2.50'),
      },
    ],
    commercial: [list2022(BEFORE_2022_CHANGES, '8.00'), list2022(COMMERCIAL_CHANGE_2022, '10.00')],
  },
  {
    id: 'o365-e3',
    name: 'Office 365 E3',
    family: 'office-365-enterprise',
    kind: 'suite',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, faq('4.50')), discount(NONPROFIT_CHANGE_2022, faq('5.80'))],
    commercial: [list2022(BEFORE_2022_CHANGES, '20.00'), list2022(COMMERCIAL_CHANGE_2022, '23.00'), list2026('26.00')],
  },
  {
    id: 'o365-e5',
    name: 'Office 365 E5',
    family: 'office-365-enterprise',
    kind: 'suite',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, faq('14.00')), discount(NONPROFIT_CHANGE_2022, faq('15.20'))],
    commercial: [list2022(BEFORE_2022_CHANGES, '35.00'), list2022(COMMERCIAL_CHANGE_2022, '38.00')],
  },
  {
    id: 'm365-e3',
    name: 'Microsoft 365 E3',
    family: 'm365-enterprise',
    kind: 'suite',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, faq('8.00')), discount(NONPROFIT_CHANGE_2022, faq('9.00'))],
    commercial: [list2022(BEFORE_2022_CHANGES, '32.00'), list2022(COMMERCIAL_CHANGE_2022, '36.00'), list2026('39.00')],
  },
  {
    id: 'm365-e5',
    name: 'Microsoft 365 E5',
    family: 'm365-enterprise',
    kind: 'suite',
    seatCap: null,
    nonprofit: [
      // The FAQ says the price did not change on 1 Sept 2022; no public document states the $22.80 figure.
      {
        ...discount(BEFORE_2022_CHANGES, fig('22.80', 'ms-nonprofit-faq-nb', 'medium', { caveat: 'no-public-source' })),
      },
    ],
    commercial: [list(BEFORE_2022_CHANGES, fig('57.00', 'npi-2026', 'medium-high')), list2026('60.00', 'npi-2026')],
  },
  {
    id: 'm365-f1',
    name: 'Microsoft 365 F1',
    family: 'frontline',
    kind: 'suite',
    seatCap: null,
    nonprofit: [],
    commercial: [list(BEFORE_2022_CHANGES, fig('2.25', 'tkly-2026', 'medium')), list2026('3.00', 'tkly-2026')],
  },
  {
    id: 'm365-f3',
    name: 'Microsoft 365 F3',
    family: 'frontline',
    kind: 'suite',
    seatCap: null,
    nonprofit: [],
    commercial: [list(BEFORE_2022_CHANGES, fig('8.00', 'tkly-2026', 'medium')), list2026('10.00', 'tkly-2026')],
  },
];
