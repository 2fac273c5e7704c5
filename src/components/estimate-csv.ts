import { estimateTable, writeCsv, type CsvStyle, type OrganisationLine, type PricedOrganisation, type UserRate } from '../lib';
import type { CsvStrings } from '../i18n/parts';
import { intlTag, type Locale } from '../i18n/locales';
import { numberStyle } from '../i18n/number-style';

/** The plain file, or one a spreadsheet in the page's language opens as it is: its decimal mark, then the separator that goes with it. */
export function styleFor(excel: boolean, locale: Locale): CsvStyle {
  if (!excel) return { separator: ',', decimalMark: '.', bom: false };
  const comma = numberStyle(intlTag(locale)).decimal === ',';
  return { separator: comma ? ';' : ',', decimalMark: comma ? ',' : '.', bom: true };
}

/** What the file needs from the page: the groups' names as shown, the words, the term's name, the style. */
export interface CsvRequest {
  priced: PricedOrganisation;
  groupNames: ReadonlyMap<string, string>;
  words: CsvStrings;
  term: string;
  style: CsvStyle;
  /** The user's own exchange rate: two more columns in their currency. */
  rate?: UserRate;
}

/** The estimate as a CSV text, from the engine's rows. */
export function estimateCsv({ priced, groupNames, words, term, style, rate }: CsvRequest): string {
  // The groups are joined as the product's card joins them.
  const groupsOf = (line: OrganisationLine) => line.groups.map((g) => groupNames.get(g.group) ?? g.group).join(', ');
  const converted = rate && { monthly: words.converted.monthly({ currency: rate.currency }), annual: words.converted.annual({ currency: rate.currency }) };
  return writeCsv(estimateTable(priced, groupsOf, { headings: words.headings, total: words.total, term, ...(converted ? { converted } : {}) }, rate), style);
}

/** Hands the text to the browser as a file download; the object address is released once the download has begun. */
export function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
