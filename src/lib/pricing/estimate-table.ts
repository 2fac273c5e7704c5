import { convertAmount, type UserRate } from '../core/convert';
import type { CsvCell } from '../core/csv';
import type { OrganisationLine, PricedOrganisation } from './organisation';
import { findSource } from './sources';

/** The columns of an exported estimate, in order; the page gives each its heading in the user's language. */
export const ESTIMATE_COLUMNS = [
  'groups', 'product', 'seats', 'blocked', 'granted', 'paid', 'unpriced', 'nonprofitUnit', 'listUnit',
  'nonprofitMonthly', 'nonprofitAnnual', 'listMonthly', 'listAnnual', 'savingsMonthly', 'savingsAnnual',
  'grantValueAnnual', 'priceDate', 'term', 'nonprofitSource', 'listSource',
] as const;
export type EstimateColumn = (typeof ESTIMATE_COLUMNS)[number];

/** The words the table needs from the page: column headings, the totals row's name, the billing term's name. */
export interface EstimateWords {
  headings: Readonly<Record<EstimateColumn, string>>;
  total: string;
  term: string;
  /** The headings of the two columns in the user's currency, when they set a rate. */
  converted?: { monthly: string; annual: string };
}

const text = (value: string): CsvCell => ({ text: value });
const number = (value: string | number): CsvCell => ({ number: String(value) });
const EMPTY = text('');

/** The public address of a figure's source, or nothing. */
function address(source: string | undefined): CsvCell {
  return source === undefined ? EMPTY : text(findSource(source)?.url ?? '');
}

function lineRow(line: OrganisationLine, groups: string, shared: { priceDate: CsvCell; term: CsvCell }): Record<EstimateColumn, CsvCell> {
  const priced = line.status === 'priced';
  const money = (value: string) => (priced ? number(value) : EMPTY);
  return {
    groups: text(groups), product: text(line.name), seats: number(line.requestedSeats), blocked: number(line.blockedSeats),
    granted: number(line.grantedSeats), paid: number(line.paidSeats), unpriced: number(line.unpricedSeats),
    nonprofitUnit: line.nonprofitUnitPrice === null ? EMPTY : number(line.nonprofitUnitPrice),
    listUnit: line.commercialUnitPrice === null ? EMPTY : number(line.commercialUnitPrice),
    nonprofitMonthly: money(line.nonprofitMonthly), nonprofitAnnual: money(line.nonprofitAnnual),
    listMonthly: money(line.commercialMonthly), listAnnual: money(line.commercialAnnual),
    savingsMonthly: money(line.savingsMonthly), savingsAnnual: money(line.savingsAnnual), grantValueAnnual: money(line.grantValueAnnual),
    ...shared,
    nonprofitSource: address((line.provenance.nonprofitPrice ?? line.provenance.grant)?.source),
    listSource: address(line.provenance.commercialPrice?.source),
  };
}

/**
 * An estimate as rows: the headings, one row per product line (the groups that take it named in
 * `groupsOf`), and a totals row whose every figure is the engine's total, so the lines sum to it.
 */
export function estimateTable(priced: PricedOrganisation, groupsOf: (line: OrganisationLine) => string, words: EstimateWords, rate?: UserRate): CsvCell[][] {
  const shared = { priceDate: text(priced.priceDate), term: text(words.term) };
  const t = priced.totals;
  const totals: Record<EstimateColumn, CsvCell> = {
    groups: text(words.total), product: EMPTY,
    seats: number(t.requestedSeats), blocked: number(t.blockedSeats),
    granted: number(t.grantedSeats), paid: number(t.paidSeats), unpriced: number(t.unpricedSeats), nonprofitUnit: EMPTY, listUnit: EMPTY,
    nonprofitMonthly: number(t.nonprofitMonthly), nonprofitAnnual: number(t.nonprofitAnnual),
    listMonthly: number(t.commercialMonthly), listAnnual: number(t.commercialAnnual),
    savingsMonthly: number(t.savingsMonthly), savingsAnnual: number(t.savingsAnnual), grantValueAnnual: number(t.grantValueAnnual),
    ...shared, nonprofitSource: EMPTY, listSource: EMPTY,
  };
  const rows = [...priced.lines.map((line) => lineRow(line, groupsOf(line), shared)), totals];
  const table = [ESTIMATE_COLUMNS.map((column) => text(words.headings[column])), ...rows.map((row) => ESTIMATE_COLUMNS.map((column) => row[column]))];
  if (!rate || !words.converted) return table;
  // The user's own conversion, each figure converted on its own (display only: the US dollar columns are the estimate).
  const convert = (cell: CsvCell) => ('number' in cell ? number(convertAmount(cell.number, rate.rate)) : EMPTY);
  const [head, ...body] = table;
  return [
    [...head!, text(words.converted.monthly), text(words.converted.annual)],
    ...body.map((row, i) => [...row, convert(rows[i]!.nonprofitMonthly), convert(rows[i]!.nonprofitAnnual)]),
  ];
}
