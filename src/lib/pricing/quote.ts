import { pricingBook } from '../../data/pricing-book';
import type { Family, PriceBook } from '../../data/types';
import { checkInput, type QuoteInput } from './input';
import type { QuoteIssue } from './issues';
import { amount, percentOf, type Amount } from '../core/money';
import { centsOf, moneyOfCents, percentOfCents } from '../core/cents';
import { indexBook } from './prices';
import { cents, priceLine, type LineAmounts, type LineProvenance, type PricedLine } from './price-line';
import { termSurcharges } from './billing-term';

const ZERO = amount(0);

/** Money of a line or of the totals, each value a string with two decimals (`'82.50'`). */
export interface MoneySummary {
  nonprofitMonthly: string;
  nonprofitAnnual: string;
  commercialMonthly: string;
  commercialAnnual: string;
  savingsMonthly: string;
  savingsAnnual: string;
  /** Savings as a percentage of the commercial cost, one decimal (`'85.0'`). */
  savingsPercent: string;
  /** What the granted seats would cost at the commercial price. */
  grantValueMonthly: string;
  grantValueAnnual: string;
}

/** One line of a quote. Money covers granted and paid seats; unpriced seats are in none of it. */
export interface QuoteLine extends MoneySummary {
  product: string;
  name: string;
  family: Family;
  staff: number;
  volunteers: number;
  status: 'priced' | 'unpriced';
  grantedSeats: number;
  paidSeats: number;
  unpricedSeats: number;
  nonprofitUnitPrice: string | null;
  commercialUnitPrice: string | null;
  provenance: LineProvenance;
}

/** The totals: sums of the rounded lines. */
export interface QuoteTotals extends MoneySummary {
  grantedSeats: number;
  paidSeats: number;
  unpricedSeats: number;
}

/** A priced selection: which prices applied, every line, the totals and the issues found. */
export interface Quote {
  channel: QuoteInput['channel'];
  asOf: string;
  renewal?: string;
  term: NonNullable<QuoteInput['term']>;
  /** The day whose prices apply: the start of the current annual term, or asOf for a new purchase. */
  priceDate: string;
  lines: QuoteLine[];
  totals: QuoteTotals;
  issues: QuoteIssue[];
}

/** `whole` minus `part` (both money strings), in whole cents when that is exact, else in decimal. */
function difference(whole: string, part: string, wholeAmount: Amount, partAmount: Amount): string {
  const w = centsOf(whole), p = centsOf(part);
  return w !== null && p !== null ? moneyOfCents(w - p) : cents(wholeAmount.minus(partAmount));
}

/** What share of the commercial cost the savings are, in whole cents when that is exact, else in decimal. */
function savingsPercentOf(savings: string, commercial: string, a: LineAmounts): string {
  const s = centsOf(savings), c = centsOf(commercial);
  return (s !== null && c !== null ? percentOfCents(s, c) : null) ?? percentOf(a.commercialMonthly.minus(a.nonprofitMonthly), a.commercialMonthly);
}

/** A line's or a total's amounts written out, with the savings worked out from them. */
export function summarise(a: LineAmounts): MoneySummary {
  const nonprofitMonthly = cents(a.nonprofitMonthly), nonprofitAnnual = cents(a.nonprofitAnnual);
  const commercialMonthly = cents(a.commercialMonthly), commercialAnnual = cents(a.commercialAnnual);
  const savingsMonthly = difference(commercialMonthly, nonprofitMonthly, a.commercialMonthly, a.nonprofitMonthly);
  const savingsAnnual = difference(commercialAnnual, nonprofitAnnual, a.commercialAnnual, a.nonprofitAnnual);
  const savingsPercent = savingsPercentOf(savingsMonthly, commercialMonthly, a);
  return {
    nonprofitMonthly, nonprofitAnnual, commercialMonthly, commercialAnnual, savingsMonthly, savingsAnnual, savingsPercent,
    grantValueMonthly: cents(a.grantValueMonthly),
    grantValueAnnual: cents(a.grantValueAnnual),
  };
}

function toQuoteLine(line: PricedLine): QuoteLine {
  return {
    product: line.product.id,
    name: line.product.name,
    family: line.product.family,
    staff: line.staff,
    volunteers: line.volunteers,
    status: line.priced ? 'priced' : 'unpriced',
    grantedSeats: line.grantedSeats,
    paidSeats: line.paidSeats,
    unpricedSeats: line.unpricedSeats,
    nonprofitUnitPrice: line.nonprofitUnitPrice,
    commercialUnitPrice: line.commercialUnitPrice,
    ...summarise(line.amounts),
    provenance: line.provenance,
  };
}

/** One amount summed over lines; a zero adds nothing, so it is skipped rather than added. */
function total(lines: readonly PricedLine[], pick: (a: LineAmounts) => Amount): Amount {
  let sum = ZERO;
  for (const line of lines) {
    const value = pick(line.amounts);
    if (!value.isZero()) sum = sum.isZero() ? value : sum.plus(value);
  }
  return sum;
}

/** The sum of rounded lines: the one way totals are made. */
export function addUp(lines: readonly PricedLine[]): LineAmounts {
  return {
    nonprofitMonthly: total(lines, (a) => a.nonprofitMonthly),
    nonprofitAnnual: total(lines, (a) => a.nonprofitAnnual),
    commercialMonthly: total(lines, (a) => a.commercialMonthly),
    commercialAnnual: total(lines, (a) => a.commercialAnnual),
    grantValueMonthly: total(lines, (a) => a.grantValueMonthly),
    grantValueAnnual: total(lines, (a) => a.grantValueAnnual),
  };
}

const countSeats = (lines: readonly PricedLine[], pick: (line: PricedLine) => number): number =>
  lines.reduce((total, line) => total + pick(line), 0);

/**
 * Prices a selection. Throws a QuoteInputError (with a code and the field at fault) for bad input;
 * never returns a number it could not work out.
 */
export function quote(input: QuoteInput, book: PriceBook = pricingBook): Quote {
  const { products, priceDate } = checkInput(input, book);
  const term = input.term ?? 'annual-yearly';
  const context = { channel: input.channel, date: priceDate, byId: indexBook(book).byId, surcharges: termSurcharges(term, priceDate, book) };
  const priced = input.lines.map((line, i) => priceLine(line, i, products[i]!, context));
  return {
    channel: input.channel,
    asOf: input.asOf,
    ...(input.renewal === undefined ? {} : { renewal: input.renewal }),
    term,
    priceDate,
    lines: priced.map(toQuoteLine),
    totals: {
      ...summarise(addUp(priced)),
      grantedSeats: countSeats(priced, (l) => l.grantedSeats),
      paidSeats: countSeats(priced, (l) => l.paidSeats),
      unpricedSeats: countSeats(priced, (l) => l.unpricedSeats),
    },
    issues: priced.flatMap((line) => line.issues),
  };
}
