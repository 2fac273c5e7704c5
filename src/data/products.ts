import type { SourceId } from './sources';
import type { Channel, CommercialEntry, Confidence, Figure, NonprofitEntry, Product } from './types';

/**
 * The book's first date. The sources give the pre-2022 prices only as "before" the 2022 changes,
 * without saying since when; the book prices nothing earlier than the year before those changes.
 */
const BEFORE_2022_CHANGES = '2021-01-01';
const COMMERCIAL_CHANGE_2022 = '2022-03-01';
const NONPROFIT_CHANGE_2022 = '2022-09-01';
const GRANT_RETIREMENT_2025 = '2025-07-01';
const COMMERCIAL_CHANGE_2026 = '2026-07-01';

const BOTH: readonly Channel[] = ['direct', 'enterprise-agreement'];

/** A figure with its source. */
function fig<T>(value: T, source: SourceId, confidence: Confidence = 'high'): Figure<T> {
  return { value, source, confidence };
}

/** A discounted price with no grant, from one source, in both channels. */
function discount(from: string, price: string, source: SourceId = 'seed-000'): NonprofitEntry {
  return { from, channels: BOTH, grantSeats: fig(0, source), price: fig(price, source) };
}

/** A commercial list price. */
function list(from: string, price: string, source: SourceId = 'facts-commercial', confidence: Confidence = 'high'): CommercialEntry {
  return { from, price: fig(price, source, confidence) };
}

/** The 1 Jul 2026 commercial list price (FACTS.md "Later changes", medium confidence). */
function list2026(price: string): CommercialEntry {
  return list(COMMERCIAL_CHANGE_2026, price, 'm365-blog-2025-12', 'medium');
}

const CAP_300 = fig(300, 'seed-000');

/** Every product the calculator knows, in the order the page lists them. */
export const products: readonly Product[] = [
  {
    id: 'm365-business-basic',
    name: 'Microsoft 365 Business Basic',
    family: 'm365-business',
    seatCap: CAP_300,
    capAlternative: fig('o365-e1', 'seed-000'),
    nonprofit: [
      {
        from: BEFORE_2022_CHANGES,
        channels: BOTH,
        grantSeats: fig(300, 'seed-000'),
        price: null,
        note: 'A grant only: no discounted price is published, so volunteers and seats beyond the grant are not priced.',
      },
    ],
    commercial: [
      list(BEFORE_2022_CHANGES, '5.00', 'facts-external'),
      list(COMMERCIAL_CHANGE_2022, '6.00', 'facts-external'),
      list2026('7.00'),
    ],
  },
  {
    id: 'm365-business-standard',
    name: 'Microsoft 365 Business Standard',
    family: 'm365-business',
    seatCap: CAP_300,
    nonprofit: [discount(BEFORE_2022_CHANGES, '3.00', 'facts-external')],
    commercial: [list(BEFORE_2022_CHANGES, '12.50'), list2026('14.00')],
  },
  {
    id: 'm365-business-premium',
    name: 'Microsoft 365 Business Premium',
    family: 'm365-business',
    seatCap: CAP_300,
    nonprofit: [
      { from: BEFORE_2022_CHANGES, channels: BOTH, grantSeats: fig(10, 'seed-000'), price: fig('5.00', 'seed-000') },
      { from: NONPROFIT_CHANGE_2022, channels: BOTH, grantSeats: fig(10, 'seed-000'), price: fig('5.50', 'seed-000') },
      {
        from: GRANT_RETIREMENT_2025,
        channels: ['direct'],
        grantSeats: fig(0, 'grant-retirement-2025'),
        price: fig('5.50', 'grant-retirement-2025'),
        note: 'The 10-seat grant is retired for direct and CSP customers; Enterprise Agreements keep it.',
      },
    ],
    commercial: [list(BEFORE_2022_CHANGES, '20.00'), list(COMMERCIAL_CHANGE_2022, '22.00')],
  },
  {
    id: 'o365-e1',
    name: 'Office 365 E1',
    family: 'office-365-enterprise',
    seatCap: null,
    nonprofit: [
      { from: BEFORE_2022_CHANGES, channels: ['direct'], grantSeats: fig(0, 'seed-000'), price: fig('2.00', 'seed-000') },
      {
        from: BEFORE_2022_CHANGES,
        channels: ['enterprise-agreement'],
        grantSeats: fig(2000, 'seed-000'),
        price: fig('2.00', 'seed-000'),
      },
      { from: NONPROFIT_CHANGE_2022, channels: ['direct'], grantSeats: fig(0, 'seed-000'), price: fig('2.50', 'seed-000') },
      {
        from: NONPROFIT_CHANGE_2022,
        channels: ['enterprise-agreement'],
        grantSeats: fig(2000, 'seed-000'),
        price: fig('2.50', 'seed-000'),
      },
      {
        from: GRANT_RETIREMENT_2025,
        channels: ['direct'],
        grantSeats: fig(0, 'grant-retirement-2025'),
        price: fig('2.50', 'seed-000'),
        note: 'Confirms the retirement for direct and CSP customers; seed 000 already lists the grant as Enterprise Agreement only.',
      },
    ],
    commercial: [list(BEFORE_2022_CHANGES, '8.00'), list(COMMERCIAL_CHANGE_2022, '10.00')],
  },
  {
    id: 'o365-e3',
    name: 'Office 365 E3',
    family: 'office-365-enterprise',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, '4.50'), discount(NONPROFIT_CHANGE_2022, '5.80')],
    commercial: [list(BEFORE_2022_CHANGES, '20.00'), list(COMMERCIAL_CHANGE_2022, '23.00'), list2026('26.00')],
  },
  {
    id: 'o365-e5',
    name: 'Office 365 E5',
    family: 'office-365-enterprise',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, '14.00'), discount(NONPROFIT_CHANGE_2022, '15.20')],
    commercial: [list(BEFORE_2022_CHANGES, '35.00'), list(COMMERCIAL_CHANGE_2022, '38.00')],
  },
  {
    id: 'm365-e3',
    name: 'Microsoft 365 E3',
    family: 'm365-enterprise',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, '8.00'), discount(NONPROFIT_CHANGE_2022, '9.00')],
    commercial: [list(BEFORE_2022_CHANGES, '32.00'), list(COMMERCIAL_CHANGE_2022, '36.00'), list2026('39.00')],
  },
  {
    id: 'm365-e5',
    name: 'Microsoft 365 E5',
    family: 'm365-enterprise',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, '22.80', 'facts-external')],
    commercial: [list(BEFORE_2022_CHANGES, '57.00'), list2026('60.00')],
  },
  {
    id: 'dynamics-365-sales-professional',
    name: 'Dynamics 365 Sales Professional',
    family: 'dynamics-365',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, '16.25')],
    commercial: [list(BEFORE_2022_CHANGES, '65.00')],
  },
  {
    id: 'power-apps-per-app',
    name: 'Power Apps (per app plan)',
    family: 'power-platform',
    seatCap: null,
    nonprofit: [
      {
        from: BEFORE_2022_CHANGES,
        channels: BOTH,
        grantSeats: fig(10, 'seed-000'),
        price: fig('2.50', 'seed-000'),
        note: 'Seed 000: the 10 free licences come through the direct portal, CSP and volume licensing.',
      },
    ],
    commercial: [list(BEFORE_2022_CHANGES, '5.00')],
  },
  {
    id: 'power-apps-premium',
    name: 'Power Apps Premium',
    family: 'power-platform',
    seatCap: null,
    nonprofit: [discount(BEFORE_2022_CHANGES, '5.00')],
    commercial: [list(BEFORE_2022_CHANGES, '20.00')],
  },
  {
    id: 'm365-f1',
    name: 'Microsoft 365 F1',
    family: 'frontline',
    seatCap: null,
    nonprofit: [],
    commercial: [],
  },
  {
    id: 'm365-f3',
    name: 'Microsoft 365 F3',
    family: 'frontline',
    seatCap: null,
    nonprofit: [],
    commercial: [],
  },
];
