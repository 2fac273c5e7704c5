import type { BillingTerm, Caveat, Confidence, Figure, PriceBook } from '../../data/types';
import { amount } from '../core/money';
import { applySurcharge, termSurcharges } from './billing-term';
import { nonprofitOfferOn } from './prices';
import { isClosedTo, type PurchaseContext } from './seats';

/** A figure of less than high confidence, or with a caveat, that the advisor's choice may rest on. */
export interface UncertainFigure {
  /** The product whose figure it is; absent for the billing term's surcharge. */
  product?: string;
  figure: 'grant' | 'price' | 'surcharge';
  confidence: Confidence;
  caveat?: Caveat;
}

/** One suite as the advisor sees it in one purchase context: what a seat costs and what limits it. */
export interface SuiteOffer {
  id: string;
  /** The nonprofit unit price with the billing term, in whole cents; null when none is published. */
  unitCents: number | null;
  /** Staff seats granted free. */
  grant: number;
  /** The product's own cap, or Infinity. */
  cap: number;
  /** The id of the cap it shares in the tenant, if any. */
  tenantCap?: string;
  /** The figures this offer rests on that are not certain. */
  uncertain: UncertainFigure[];
}

/** What the advisor may buy in one context: the suites, the tenant caps and the suites left out for having no price. */
export interface AdvisorOffers {
  suites: SuiteOffer[];
  tenantCaps: ReadonlyMap<string, number>;
  /** Suites with no published nonprofit price and no grant: "ask a partner". */
  askPartner: string[];
  /** The billing term's nonprofit surcharge, when it is uncertain. */
  surcharge?: UncertainFigure;
}

function isUncertain(figure: Figure<unknown>): boolean {
  return figure.confidence === 'medium' || figure.confidence === 'low' || figure.caveat !== undefined;
}

function uncertainOf(figure: Figure<unknown>, kind: UncertainFigure['figure'], product?: string): UncertainFigure {
  return { ...(product === undefined ? {} : { product }), figure: kind, confidence: figure.confidence, ...(figure.caveat ? { caveat: figure.caveat } : {}) };
}

/**
 * The suites this purchase can choose from, in book order. Offers closed to a new purchase
 * (`renewals-only`) are left out. `certainOnly` leaves out every uncertain figure (a grant becomes
 * none, a price unpublished, the surcharge absent), to see whether the choice rests on them.
 */
export function advisorOffers(context: PurchaseContext, term: BillingTerm, book: PriceBook, certainOnly = false): AdvisorOffers {
  const surcharge = termSurcharges(term, context.priceDate, book).nonprofit;
  const uncertainSurcharge = surcharge !== undefined && isUncertain(surcharge.percent);
  const applied = certainOnly && uncertainSurcharge ? undefined : surcharge;
  const suites: SuiteOffer[] = [];
  const askPartner: string[] = [];
  for (const product of book.products) {
    if (product.kind !== 'suite') continue;
    const offer = nonprofitOfferOn(product, context.channel, context.priceDate);
    if (isClosedTo(product, context)) continue;
    if (!offer) {
      askPartner.push(product.id);
      continue;
    }
    const uncertain: UncertainFigure[] = [];
    let grant = offer.grantSeats.value;
    if (grant > 0 && isUncertain(offer.grantSeats)) {
      uncertain.push(uncertainOf(offer.grantSeats, 'grant', product.id));
      if (certainOnly) grant = 0;
    }
    let price = offer.price;
    if (price && isUncertain(price)) {
      uncertain.push(uncertainOf(price, 'price', product.id));
      if (certainOnly) price = null;
    }
    if (!price && grant === 0) {
      askPartner.push(product.id);
      continue;
    }
    // Whole cents are exact in a number; every figure shown is worked out again in decimal by priceOrganisation.
    const unitCents = price ? applySurcharge(amount(price.value), applied).times(100).toNumber() : null;
    suites.push({
      id: product.id, unitCents, grant, cap: product.seatCap?.value ?? Infinity,
      ...(product.tenantCap === undefined ? {} : { tenantCap: product.tenantCap }), uncertain,
    });
  }
  return {
    suites, askPartner, tenantCaps: new Map(book.tenantCaps.map((cap) => [cap.id, cap.seats.value])),
    ...(uncertainSurcharge ? { surcharge: uncertainOf(surcharge.percent, 'surcharge') } : {}),
  };
}
