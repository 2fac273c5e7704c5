import { CHANNELS, type Channel, type CommercialEntry, type Figure, type NonprofitEntry, type Product } from '../../data/types';
import { lineIssue, type QuoteIssue } from './issues';
import type { LineInput } from './input';
import { amount, roundToCent, type Amount } from '../core/money';
import { applySurcharge, type TermSurcharges } from './billing-term';
import { commercialPriceOn, nonprofitOfferOn } from './prices';

/** Where a figure in a quote comes from: its source, confidence and the date of its entry. */
export interface FigureRef {
  source: string;
  confidence: Figure<unknown>['confidence'];
  from: string;
}

/** The money of one line, as exact amounts before they are written out. */
export interface LineAmounts {
  nonprofitMonthly: Amount;
  nonprofitAnnual: Amount;
  commercialMonthly: Amount;
  commercialAnnual: Amount;
  grantValueMonthly: Amount;
  grantValueAnnual: Amount;
}

/** One product line priced: seats by kind, unit prices, and amounts rounded to the cent. */
export interface PricedLine {
  product: Product;
  staff: number;
  volunteers: number;
  /** False when the product has no nonprofit offer or list price on the date. */
  priced: boolean;
  grantedSeats: number;
  paidSeats: number;
  /** Seats with no nonprofit price; they are in none of the amounts. */
  unpricedSeats: number;
  nonprofitUnitPrice: string | null;
  commercialUnitPrice: string | null;
  amounts: LineAmounts;
  provenance: LineProvenance;
  issues: QuoteIssue[];
}

function ref(figure: Figure<unknown>, from: string): FigureRef {
  return { source: figure.source, confidence: figure.confidence, from };
}

/** Where each figure of a line comes from; the surcharges only when the billing term adds one. */
export interface LineProvenance {
  grant?: FigureRef;
  nonprofitPrice?: FigureRef;
  commercialPrice?: FigureRef;
  nonprofitSurcharge?: FigureRef;
  commercialSurcharge?: FigureRef;
}

/** Price-book figures as amounts, parsed once: Decimal values are immutable, so one copy serves every quote. */
const parsed = new Map<string, Amount>();
const ZERO = amount(0);

/** A price-book money figure (already checked) as an amount. */
function priceOf(value: string): Amount {
  let found = parsed.get(value);
  if (!found) parsed.set(value, (found = amount(value)));
  return found;
}

/**
 * An amount that is already in whole cents (every line amount, their sums and differences, and
 * unit prices) written out: the same string as toMoneyString, which would round and copy it again.
 */
export function cents(value: Amount): string {
  if (value.isZero()) return '0.00';
  const plain = value.toString();
  const dot = plain.indexOf('.');
  if (dot < 0) return `${plain}.00`;
  if (plain.length - dot > 3) throw new RangeError(`${plain} is not in whole cents`);
  return plain.length - dot === 2 ? `${plain}0` : plain;
}

/** Per month and per year, each rounded to the cent on its own: the one place a line is rounded. */
function monthlyAndAnnual(seats: number, unitPrice: Amount): [Amount, Amount] {
  if (seats === 0) return [ZERO, ZERO];
  const monthly = unitPrice.times(seats);
  return [roundToCent(monthly), roundToCent(monthly.times(12))];
}

/**
 * The other channel's grant when this channel has none, for the grant-not-in-channel hint, and
 * whether a source of more than low confidence gives it on the date.
 */
function grantElsewhere(product: Product, channel: Channel, date: string): { channel: Channel; seats: number; confirmed: boolean } | undefined {
  for (const other of CHANNELS) {
    const grant = other === channel ? undefined : nonprofitOfferOn(product, other, date)?.grantSeats;
    if (grant && grant.value > 0) return { channel: other, seats: grant.value, confirmed: grant.confidence !== 'low' };
  }
  return undefined;
}

/** A line the book cannot price on the date: every seat unpriced, every amount zero. */
function unpricedLine(product: Product, { staff, volunteers }: LineInput, commercialUnitPrice: string | null, issues: QuoteIssue[]): PricedLine {
  const zero = ZERO;
  return {
    product, staff, volunteers, priced: false, grantedSeats: 0, paidSeats: 0, unpricedSeats: staff + volunteers,
    nonprofitUnitPrice: null, commercialUnitPrice,
    amounts: { nonprofitMonthly: zero, nonprofitAnnual: zero, commercialMonthly: zero, commercialAnnual: zero, grantValueMonthly: zero, grantValueAnnual: zero },
    provenance: {}, issues,
  };
}

/** Where a priced line's figures come from: grant, prices, and the surcharges its billing term adds. */
function provenanceOf(offer: NonprofitEntry, listPrice: CommercialEntry, surcharges: TermSurcharges): LineProvenance {
  return {
    grant: ref(offer.grantSeats, offer.from),
    nonprofitPrice: offer.price ? ref(offer.price, offer.from) : undefined,
    commercialPrice: ref(listPrice.price, listPrice.from),
    ...(surcharges.nonprofit && offer.price ? { nonprofitSurcharge: ref(surcharges.nonprofit.percent, surcharges.nonprofit.from) } : {}),
    ...(surcharges.commercial ? { commercialSurcharge: ref(surcharges.commercial.percent, surcharges.commercial.from) } : {}),
  };
}

/** What every line of one quote shares: the channel, the date whose prices apply, the book's products. */
export interface LineContext {
  channel: Channel;
  date: string;
  byId: ReadonlyMap<string, Product>;
  /** What the billing term adds to each side's unit price; none for the annual commitment paid yearly. */
  surcharges?: TermSurcharges;
}

/** Prices one line: grant seats first (staff only), then the nonprofit price, against the list price. */
export function priceLine(line: LineInput, index: number, product: Product, context: LineContext): PricedLine {
  const { channel, date, surcharges = {} } = context;
  const { staff, volunteers } = line;
  const issues: QuoteIssue[] = [];
  const offer = nonprofitOfferOn(product, channel, date);
  const listPrice = commercialPriceOn(product, date);
  const seats = staff + volunteers;

  if (product.seatCap && seats > product.seatCap.value) {
    const alternative = product.capAlternative?.value;
    const named = alternative !== undefined && context.byId.has(alternative) ? { alternative } : {};
    issues.push(lineIssue('over-seat-cap', index, product.id, { cap: product.seatCap.value, seats, ...named }));
  }
  if (!offer || !listPrice) {
    issues.push(lineIssue('no-nonprofit-price', index, product.id, {}));
    return unpricedLine(product, line, listPrice ? cents(applySurcharge(priceOf(listPrice.price.value), surcharges.commercial)) : null, issues);
  }

  const grantedSeats = Math.min(staff, offer.grantSeats.value);
  const staffBeyondGrant = staff - grantedSeats;
  const paidSeats = offer.price ? staffBeyondGrant + volunteers : 0;
  const unpricedSeats = offer.price ? 0 : staffBeyondGrant + volunteers;
  if (!offer.price && volunteers > 0) issues.push(lineIssue('grant-only-volunteers', index, product.id, { volunteers }));
  if (!offer.price && staffBeyondGrant > 0) {
    issues.push(lineIssue('staff-beyond-grant-unpriced', index, product.id, { grant: offer.grantSeats.value, unpriced: staffBeyondGrant }));
  }
  const elsewhere = offer.grantSeats.value === 0 && staff > 0 ? grantElsewhere(product, channel, date) : undefined;
  if (elsewhere) {
    issues.push(lineIssue('grant-not-in-channel', index, product.id, { grant: elsewhere.seats, channel, otherChannel: elsewhere.channel, confirmed: elsewhere.confirmed }));
  }

  const unit = offer.price ? applySurcharge(priceOf(offer.price.value), surcharges.nonprofit) : ZERO;
  const list = applySurcharge(priceOf(listPrice.price.value), surcharges.commercial);
  const [nonprofitMonthly, nonprofitAnnual] = monthlyAndAnnual(paidSeats, unit);
  const [commercialMonthly, commercialAnnual] = monthlyAndAnnual(grantedSeats + paidSeats, list);
  const [grantValueMonthly, grantValueAnnual] = monthlyAndAnnual(grantedSeats, list);
  return {
    product, staff, volunteers, priced: true, grantedSeats, paidSeats, unpricedSeats,
    nonprofitUnitPrice: offer.price ? cents(unit) : null,
    commercialUnitPrice: cents(list),
    amounts: { nonprofitMonthly, nonprofitAnnual, commercialMonthly, commercialAnnual, grantValueMonthly, grantValueAnnual },
    provenance: provenanceOf(offer, listPrice, surcharges),
    issues,
  };
}
