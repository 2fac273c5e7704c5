import fc from 'fast-check';
import { priceBook } from '../../src/data';
import { BILLING_TERMS, CHANNELS } from '../../src/data/types';
import type { OpenKey } from '../../src/lib/azure';
import type { OrganisationGroup, OrganisationInput, QuoteInput } from '../../src/lib/pricing';

const ids = priceBook.products.map((product) => product.id);
const DAY = 86_400_000;

/** A calendar date between two others, as `YYYY-MM-DD`. */
export const isoDate = (from: string, to: string): fc.Arbitrary<string> =>
  fc
    .integer({ min: Date.parse(`${from}T00:00:00Z`) / DAY, max: Date.parse(`${to}T00:00:00Z`) / DAY })
    .map((day) => new Date(day * DAY).toISOString().slice(0, 10));

/** A day of the year `MM-DD`, 29 February included. */
export const monthDay: fc.Arbitrary<string> = isoDate('2024-01-01', '2024-12-31').map((date) => date.slice(5));

/** Seat counts from none to a large organisation. */
export const seats = fc.integer({ min: 0, max: 5000 });

/** A valid quote input: distinct products of the book, any channel, a date the book can price. */
export const quoteInput: fc.Arbitrary<QuoteInput> = fc.record(
  {
    lines: fc.uniqueArray(
      fc.record({ product: fc.constantFrom(...ids), staff: seats, volunteers: seats }),
      { selector: (line) => line.product, maxLength: ids.length },
    ),
    channel: fc.constantFrom(...CHANNELS),
    asOf: isoDate('2022-01-01', '2028-12-31'),
    renewal: monthDay,
  },
  { requiredKeys: ['lines', 'channel', 'asOf'] },
);

const suites = priceBook.products.filter((p) => p.kind === 'suite').map((p) => p.id);
const addOnIds = priceBook.products.filter((p) => p.kind === 'add-on').map((p) => p.id);

/** A group of people: any suite, guests or none, and any add-ons, each at most once. */
export const organisationGroup = (id: string): fc.Arbitrary<OrganisationGroup> =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(id),
    people: fc.integer({ min: 0, max: 400 }),
    grantEligible: fc.boolean(),
    suite: fc.constantFrom<OrganisationGroup['suite']>(...suites, 'guest', null),
    addOns: fc.subarray(addOnIds),
  });

/** A valid organisation: up to 10 groups with distinct ids, any channel, term and date the book can price. */
export const organisationInput: fc.Arbitrary<OrganisationInput> = fc
  .integer({ min: 0, max: 10 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => organisationGroup(`g${i}`))))
  .chain((groups) =>
    fc.record(
      {
        groups: fc.constant(groups),
        channel: fc.constantFrom(...CHANNELS),
        asOf: isoDate('2022-01-01', '2028-12-31'),
        renewal: monthDay,
        term: fc.constantFrom(...BILLING_TERMS),
      },
      { requiredKeys: ['groups', 'channel', 'asOf'] },
    ),
  );

/** A money amount from $0.00 to $5,000.00, as the planners take it: `'12.34'`. */
export const money: fc.Arbitrary<string> = fc.integer({ min: 0, max: 500_000 }).map((cents) => (cents / 100).toFixed(2));

/** Expected Azure use: one amount for every month, or twelve. */
export const spend: fc.Arbitrary<string[]> = fc.oneof(money.map((m) => [m]), fc.array(money, { minLength: 12, maxLength: 12 }));

/** The first day of an Azure plan. */
export const planStart: fc.Arbitrary<string> = isoDate('2024-01-01', '2030-12-31');

/** Up to six credit keys bought around `start` (a year either way) and activated up to 500 days later. */
export const openKeys = (start: string): fc.Arbitrary<OpenKey[]> =>
  fc.array(
    fc.record({ units: fc.integer({ min: 1, max: 60 }), purchasedOffset: fc.integer({ min: -400, max: 400 }), activationDelay: fc.integer({ min: 0, max: 500 }) }),
    { maxLength: 6 },
  ).map((list): OpenKey[] =>
    list.map(({ units, purchasedOffset, activationDelay }) => {
      const purchased = new Date(Date.parse(`${start}T00:00:00Z`) + purchasedOffset * DAY).toISOString().slice(0, 10);
      const activated = new Date(Date.parse(`${purchased}T00:00:00Z`) + activationDelay * DAY).toISOString().slice(0, 10);
      return { units, purchased, activated };
    }),
  );

/** fast-check's runs for the Azure invariants. */
export const RUNS = { numRuns: 1000 };

/** A thousand plans take a few seconds; the machine may be shared, so a property test may take a minute. */
export const TIMEOUT = 60_000;
