import { BILLING_TERMS, CAVEATS, CONFIDENCES, NEEDS, COVERAGE_LEVELS, NO_ADDRESS_REASONS, PRICE_SIDES, SOURCE_BASES } from '../../data/types';
import type { Figure, PriceBook, Source } from '../../data/types';
import { isIsoDate } from '../core/dates';

/** Records one problem with the entry it concerns. */
export type Report = (entry: string, message: string) => void;

/** The ids a figure may cite, and the report its problems go to. */
export interface CheckContext {
  sourceIds: ReadonlySet<string>;
  report: Report;
}

/** A figure cites a known source (and known further sources), with a known confidence and caveat. */
export function checkFigure(figure: Figure<unknown>, where: string, { sourceIds, report }: CheckContext): void {
  if (!figure.source) report(where, 'has no source');
  else if (!sourceIds.has(figure.source)) report(where, `cites an unknown source "${figure.source}"`);
  for (const id of figure.seeAlso ?? []) if (!sourceIds.has(id)) report(where, `sees also an unknown source "${id}"`);
  if (!(CONFIDENCES as readonly string[]).includes(figure.confidence)) report(where, `has an unknown confidence "${String(figure.confidence)}"`);
  if (figure.caveat !== undefined && !(CAVEATS as readonly string[]).includes(figure.caveat)) report(where, `has an unknown caveat "${String(figure.caveat)}"`);
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** What a reader must never see as a source: our own file names, "FACTS.md" or "seed". */
const PRIVATE_NAME = /facts\.md|\bseeds?\b|\b[\w-]+\.(txt|md|json|ts)\b/i;
const PUBLIC_ADDRESS = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that names a real year, month or day. */
function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  return isIsoDate(`${value}${'-01-01'.slice(value.length - 4)}`);
}

/** A source's own date: a partial date, or `from/to` with from before to. */
export function isSourceDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const [from, to, ...rest] = value.split('/');
  if (rest.length > 0 || !isPartialDate(from!)) return false;
  return to === undefined || (isPartialDate(to) && from! < to);
}

/** Each source: a unique id, a short label, a title and publisher, its own date, a public address (or why none) and its confidence. */
export function checkSources(sources: readonly Source[], report: Report): Set<string> {
  const ids = new Set<string>();
  for (const source of sources) {
    const where = `sources["${source.id}"]`;
    if (ids.has(source.id)) report(where, 'is defined twice');
    ids.add(source.id);
    for (const field of ['label', 'title', 'publisher'] as const) {
      const value: unknown = source[field];
      if (typeof value !== 'string' || value.trim() === '') report(where, `has no ${field}`);
      else if (PRIVATE_NAME.test(value)) report(where, `the ${field} "${value}" names a file of ours, not the public document`);
    }
    if (!isSourceDate(source.date)) report(where, `the date "${String(source.date)}" is not the document's date written YYYY, YYYY-MM, YYYY-MM-DD or from/to`);
    if (source.url === null) {
      if (!(NO_ADDRESS_REASONS as readonly unknown[]).includes(source.noAddress)) report(where, 'has no public address and no reason why (noAddress)');
    } else if (typeof source.url !== 'string' || !PUBLIC_ADDRESS.test(source.url)) {
      report(where, `has no public address (url starting https://), found "${String(source.url)}"`);
    }
    if (!(CONFIDENCES as readonly unknown[]).includes(source.confidence)) report(where, `has an unknown confidence "${String(source.confidence)}"`);
    if (!(SOURCE_BASES as readonly unknown[]).includes(source.basis)) report(where, `does not say what kind of document it is (basis), found "${String(source.basis)}"`);
  }
  return ids;
}

/** Tenant caps: unique ids, whole seat counts with a source. */
export function checkTenantCaps(book: PriceBook, context: CheckContext): void {
  const ids = new Set<string>();
  for (const cap of book.tenantCaps) {
    const where = `tenantCaps["${cap.id}"]`;
    if (ids.has(cap.id)) context.report(where, 'is defined twice');
    ids.add(cap.id);
    checkFigure(cap.seats, `${where}.seats`, context);
    if (!Number.isInteger(cap.seats.value) || cap.seats.value < 1) context.report(`${where}.seats`, `${cap.seats.value} is not a whole number of seats`);
  }
}

/** Surcharges: a known term and side, a percentage like "20", dates in order per term and side. */
export function checkSurcharges(book: PriceBook, context: CheckContext): void {
  const last = new Map<string, string>();
  book.surcharges.forEach((entry, i) => {
    const where = `surcharges[${i}] (${entry.term}, ${entry.prices}, from ${entry.from})`;
    if (!(BILLING_TERMS as readonly string[]).includes(entry.term) || (entry.term as string) === 'annual-yearly') context.report(where, `names an unknown or base term "${entry.term}"`);
    if (!(PRICE_SIDES as readonly string[]).includes(entry.prices)) context.report(where, `names unknown prices "${entry.prices}"`);
    checkFigure(entry.percent, `${where}.percent`, context);
    if (!/^\d{1,3}(\.\d{1,4})?$/.test(entry.percent.value)) context.report(`${where}.percent`, `"${entry.percent.value}" is not a percentage like "20"`);
    const key = `${entry.term}/${entry.prices}`;
    const previous = last.get(key);
    if (!isIsoDate(entry.from)) context.report(where, `"${entry.from}" is not a date written YYYY-MM-DD`);
    else if (previous !== undefined && entry.from <= previous) context.report(where, `follows an entry from ${previous}: entries must be in date order, one per date`);
    last.set(key, entry.from);
  });
}

/** Plan contents: one per suite, naming a known suite, with a known level for every need. */
export function checkPlans(book: PriceBook, context: CheckContext): void {
  const suites = new Set(book.products.filter((p) => p.kind === 'suite').map((p) => p.id));
  const seen = new Set<string>();
  for (const plan of book.plans) {
    const where = `plans["${plan.product}"]`;
    if (!suites.has(plan.product)) context.report(where, 'names no suite in the book');
    if (seen.has(plan.product)) context.report(where, 'is defined twice');
    seen.add(plan.product);
    checkFigure(plan.includes, `${where}.includes`, context);
    for (const need of NEEDS) {
      if (!(COVERAGE_LEVELS as readonly string[]).includes(plan.includes.value[need])) context.report(`${where}.includes`, `has no level for "${need}"`);
    }
  }
  for (const suite of suites) if (!seen.has(suite)) context.report(`products["${suite}"]`, 'is a suite with no plan contents');
}
