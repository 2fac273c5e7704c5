import type { OrganisationLine, PricedOrganisation } from './organisation';

/** Seats times a unit price, and what that makes a month and a year (12 months), as the engine priced them. */
export interface Multiplication {
  seats: number;
  unit: string;
  monthly: string;
  annual: string;
}

/**
 * How one line's money was worked out, from the engine's own figures: the people the groups bring,
 * those a cap or a closed offer leaves out, the granted seats, the paid ones times the nonprofit
 * price, and the granted and paid ones times the list price. The page writes it out in words.
 */
export interface LineWorking {
  product: string;
  people: number;
  blocked: number;
  granted: number;
  /** Seats with no nonprofit price: in no amount. */
  unpriced: number;
  /** Null when the line has no nonprofit price. */
  nonprofit: Multiplication | null;
  /** What granted and paid seats would cost at the list price; null when the product has no list price. */
  list: Multiplication | null;
  /** What the billing term adds to each unit price, in percent, when it adds anything. */
  surcharge: { nonprofit: string | null; list: string | null };
  /** The date whose prices apply. */
  priceDate: string;
}

/** The working of one line of a priced organisation. */
export function lineWorking(line: OrganisationLine, priced: Pick<PricedOrganisation, 'surcharges' | 'priceDate'>): LineWorking {
  const priced_ = line.status === 'priced';
  return {
    product: line.product,
    people: line.requestedSeats,
    blocked: line.blockedSeats,
    granted: line.grantedSeats,
    unpriced: line.unpricedSeats,
    nonprofit: priced_ && line.nonprofitUnitPrice !== null
      ? { seats: line.paidSeats, unit: line.nonprofitUnitPrice, monthly: line.nonprofitMonthly, annual: line.nonprofitAnnual }
      : null,
    list: priced_ && line.commercialUnitPrice !== null
      ? { seats: line.grantedSeats + line.paidSeats, unit: line.commercialUnitPrice, monthly: line.commercialMonthly, annual: line.commercialAnnual }
      : null,
    surcharge: {
      nonprofit: line.provenance.nonprofitSurcharge ? (priced.surcharges.nonprofit?.percent.value ?? null) : null,
      list: line.provenance.commercialSurcharge ? (priced.surcharges.commercial?.percent.value ?? null) : null,
    },
    priceDate: priced.priceDate,
  };
}
