import { CHANNELS, PRODUCT_KINDS } from '../../data/types';
import type { Figure, PriceBook, Product } from '../../data/types';
import { isIsoDate } from '../core/dates';
import { PriceBookError, type PriceBookProblem } from '../core/errors';
import { amount, isMoneyString } from '../core/money';
import { checkFigure as checkCited, checkPlans, checkSources, checkSurcharges, checkTenantCaps, type Report } from './book-check-parts';
import { commercialPriceOn, nonprofitOfferOn } from './prices';

function checkFigure(figure: Figure<unknown>, where: string, sourceIds: ReadonlySet<string>, report: Report): void {
  checkCited(figure, where, { sourceIds, report });
}

function checkMoney(figure: Figure<string>, where: string, sourceIds: ReadonlySet<string>, report: Report): void {
  checkFigure(figure, where, sourceIds, report);
  if (!isMoneyString(figure.value)) report(where, `"${String(figure.value)}" is not a price like "5.50" (non-negative, two decimals)`);
}

function checkSeats(figure: Figure<number>, where: string, sourceIds: ReadonlySet<string>, report: Report): void {
  checkFigure(figure, where, sourceIds, report);
  if (!Number.isInteger(figure.value) || figure.value < 0) report(where, `${figure.value} is not a whole number of seats`);
}

/** Entries must be in date order; `strict` also forbids two entries on one date. */
function checkDates(dates: readonly string[], where: string, strict: boolean, report: Report): void {
  dates.forEach((date, i) => {
    const previous = dates[i - 1] ?? '';
    if (!isIsoDate(date)) report(`${where}[${i}]`, `"${date}" is not a date written YYYY-MM-DD`);
    else if (date < previous || (strict && date === previous)) {
      report(`${where}[${i}]`, `from ${date} follows an entry from ${previous}: entries must be in date order, one per date`);
    }
  });
}

function checkProduct(product: Product, ids: ReadonlySet<string>, sourceIds: ReadonlySet<string>, capIds: ReadonlySet<string>, report: Report): void {
  const name = `products["${product.id}"]`;
  const cap = product.seatCap;
  if (!(PRODUCT_KINDS as readonly string[]).includes(product.kind)) report(name, `has an unknown kind "${String(product.kind)}"`);
  if (product.tenantCap !== undefined && !capIds.has(product.tenantCap)) report(`${name}.tenantCap`, `names an unknown tenant cap "${product.tenantCap}"`);
  if (cap) checkSeats(cap, `${name}.seatCap`, sourceIds, report);
  if (product.capAlternative) {
    checkFigure(product.capAlternative, `${name}.capAlternative`, sourceIds, report);
    if (!ids.has(product.capAlternative.value)) report(`${name}.capAlternative`, `names an unknown product "${product.capAlternative.value}"`);
  }

  checkDates(product.nonprofit.map((e) => e.from), `${name}.nonprofit`, false, report);
  checkDates(product.commercial.map((e) => e.from), `${name}.commercial`, true, report);
  const seen = new Set<string>();
  product.nonprofit.forEach((entry, i) => {
    const where = `${name}.nonprofit[${i}] (from ${entry.from})`;
    if (entry.channels.length === 0) report(where, 'applies to no purchase channel');
    for (const channel of entry.channels) {
      if (!(CHANNELS as readonly string[]).includes(channel)) report(where, `names an unknown channel "${channel}"`);
      if (seen.has(`${entry.from}/${channel}`)) report(where, `repeats the ${channel} offer from ${entry.from}`);
      seen.add(`${entry.from}/${channel}`);
    }
    checkSeats(entry.grantSeats, `${where}.grantSeats`, sourceIds, report);
    if (cap && entry.grantSeats.value > cap.value) report(`${where}.grantSeats`, `grants ${entry.grantSeats.value} seats, above the seat cap of ${cap.value}`);
    if (entry.price) checkMoney(entry.price, `${where}.price`, sourceIds, report);
    if (entry.sale) {
      checkFigure(entry.sale, `${where}.sale`, sourceIds, report);
      if (entry.sale.value !== 'open' && entry.sale.value !== 'renewals-only') report(`${where}.sale`, `"${String(entry.sale.value)}" is neither "open" nor "renewals-only"`);
    }
    if (!product.commercial[0] || product.commercial[0].from > entry.from) report(where, 'has no commercial price to compare with on its date');
  });
  product.commercial.forEach((entry, i) => checkMoney(entry.price, `${name}.commercial[${i}] (from ${entry.from}).price`, sourceIds, report));
  checkNonprofitBelowCommercial(product, name, report);
}

/** Nonprofit prices never exceed the commercial price in force on the same day. */
function checkNonprofitBelowCommercial(product: Product, name: string, report: Report): void {
  const dates = [...product.nonprofit, ...product.commercial].map((e) => e.from).filter(isIsoDate);
  for (const date of dates) {
    const commercial = commercialPriceOn(product, date)?.price.value;
    for (const channel of CHANNELS) {
      const price = nonprofitOfferOn(product, channel, date)?.price?.value;
      if (isMoneyString(price) && isMoneyString(commercial) && amount(price).greaterThan(amount(commercial))) {
        report(`${name} on ${date} (${channel})`, `the nonprofit price ${price} is above the commercial price ${commercial}`);
      }
    }
  }
}

/** Every problem in a price book, each naming the entry it concerns; empty when the book is sound. */
export function findPriceBookProblems(book: PriceBook): PriceBookProblem[] {
  const problems: PriceBookProblem[] = [];
  const report: Report = (entry, message) => problems.push({ entry, message });

  const sourceIds = checkSources(book.sources, report);
  const ids = new Set<string>();
  for (const product of book.products) {
    if (ids.has(product.id)) report(`products["${product.id}"]`, 'the id is used twice');
    ids.add(product.id);
  }
  const capIds = new Set(book.tenantCaps.map((cap) => cap.id));
  for (const product of book.products) checkProduct(product, ids, sourceIds, capIds, report);
  const context = { sourceIds, report };
  checkTenantCaps(book, context);
  checkSurcharges(book, context);
  checkPlans(book, context);
  return problems;
}

/** Throws a PriceBookError naming every broken entry, or returns the book unchanged. */
export function assertValidPriceBook<B extends PriceBook>(book: B): B {
  const problems = findPriceBookProblems(book);
  if (problems.length > 0) throw new PriceBookError(problems);
  return book;
}
