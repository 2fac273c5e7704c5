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

/**
 * A line's or a total's amounts written out, with the savings worked out from them: in whole cents
 * when every amount is exact as a number here (see core/cents), else in decimal. Each amount is
 * read once.
 */
export function summarise(a: LineAmounts): MoneySummary {
  const nonprofitMonthly = cents(a.nonprofitMonthly), nonprofitAnnual = cents(a.nonprofitAnnual);
  const commercialMonthly = cents(a.commercialMonthly), commercialAnnual = cents(a.commercialAnnual);
  const npm = centsOf(nonprofitMonthly), npa = centsOf(nonprofitAnnual), cm = centsOf(commercialMonthly), ca = centsOf(commercialAnnual);
  const exact = npm !== null && npa !== null && cm !== null && ca !== null;
  const savingsMonthly = exact ? moneyOfCents(cm - npm) : cents(a.commercialMonthly.minus(a.nonprofitMonthly));
  const savingsAnnual = exact ? moneyOfCents(ca - npa) : cents(a.commercialAnnual.minus(a.nonprofitAnnual));
  const savingsPercent = (exact ? percentOfCents(cm - npm, cm) : null) ?? percentOf(a.commercialMonthly.minus(a.nonprofitMonthly), a.commercialMonthly);
  return {
    nonprofitMonthly, nonprofitAnnual, commercialMonthly, commercialAnnual, savingsMonthly, savingsAnnual, savingsPercent,
    grantValueMonthly: cents(a.grantValueMonthly),
    grantValueAnnual: cents(a.grantValueAnnual),
  };
}

function toQuoteLine(line: PricedLine): QuoteLine {
  const m = summarise(line.amounts);
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
    // Field by field rather than spread: a quote writes fourteen of these, and a spread copies slowly.
    nonprofitMonthly: m.nonprofitMonthly, nonprofitAnnual: m.nonprofitAnnual,
    commercialMonthly: m.commercialMonthly, commercialAnnual: m.commercialAnnual,
    savingsMonthly: m.savingsMonthly, savingsAnnual: m.savingsAnnual, savingsPercent: m.savingsPercent,
    grantValueMonthly: m.grantValueMonthly, grantValueAnnual: m.grantValueAnnual,
    provenance: line.provenance,
  };
}

/** An amount added to a running sum; a zero adds nothing, so it is skipped rather than added. */
const plus = (sum: Amount, value: Amount): Amount => (value.isZero() ? sum : sum.isZero() ? value : sum.plus(value));

/** The sum of rounded lines: the one way totals are made. */
export function addUp(lines: readonly PricedLine[]): LineAmounts {
  let nonprofitMonthly = ZERO, nonprofitAnnual = ZERO, commercialMonthly = ZERO, commercialAnnual = ZERO, grantValueMonthly = ZERO, grantValueAnnual = ZERO;
  for (const { amounts: a } of lines) {
    nonprofitMonthly = plus(nonprofitMonthly, a.nonprofitMonthly);
    nonprofitAnnual = plus(nonprofitAnnual, a.nonprofitAnnual);
    commercialMonthly = plus(commercialMonthly, a.commercialMonthly);
    commercialAnnual = plus(commercialAnnual, a.commercialAnnual);
    grantValueMonthly = plus(grantValueMonthly, a.grantValueMonthly);
    grantValueAnnual = plus(grantValueAnnual, a.grantValueAnnual);
  }
  return { nonprofitMonthly, nonprofitAnnual, commercialMonthly, commercialAnnual, grantValueMonthly, grantValueAnnual };
}

/**
 * Prices a selection. Throws a QuoteInputError (with a code and the field at fault) for bad input;
 * never returns a number it could not work out.
 */
export function quote(input: QuoteInput, book: PriceBook = pricingBook): Quote {
  const { products, priceDate } = checkInput(input, book);
  const term = input.term ?? 'annual-yearly';
  const context = { channel: input.channel, date: priceDate, byId: indexBook(book).byId, surcharges: termSurcharges(term, priceDate, book) };
  const priced = input.lines.map((line, i) => priceLine(line, i, products[i]!, context));
  let grantedSeats = 0, paidSeats = 0, unpricedSeats = 0;
  const issues: QuoteIssue[] = [];
  for (const line of priced) {
    grantedSeats += line.grantedSeats;
    paidSeats += line.paidSeats;
    unpricedSeats += line.unpricedSeats;
    for (const issue of line.issues) issues.push(issue);
  }
  const m = summarise(addUp(priced));
  return {
    channel: input.channel,
    asOf: input.asOf,
    ...(input.renewal === undefined ? {} : { renewal: input.renewal }),
    term,
    priceDate,
    lines: priced.map(toQuoteLine),
    totals: {
      nonprofitMonthly: m.nonprofitMonthly, nonprofitAnnual: m.nonprofitAnnual,
      commercialMonthly: m.commercialMonthly, commercialAnnual: m.commercialAnnual,
      savingsMonthly: m.savingsMonthly, savingsAnnual: m.savingsAnnual, savingsPercent: m.savingsPercent,
      grantValueMonthly: m.grantValueMonthly, grantValueAnnual: m.grantValueAnnual,
      grantedSeats, paidSeats, unpricedSeats,
    },
    issues,
  };
}
