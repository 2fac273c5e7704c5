/**
 * Comma-separated values as RFC 4180 writes them: fields quoted when they hold the separator, a
 * quote or a line break, quotes doubled, lines ended by CRLF. Numbers are written as plain decimals;
 * a spreadsheet in a language that writes "12,50" gets its own separator and decimal mark instead.
 */

/** One field: text as it is, or a number as a plain decimal with a dot (`'82.50'`, `'25'`). */
export type CsvCell = { text: string } | { number: string };

/** How the file writes fields and numbers. */
export interface CsvStyle {
  separator: ',' | ';';
  decimalMark: '.' | ',';
  /** A byte-order mark first, so spreadsheet programs read the file as UTF-8. */
  bom: boolean;
}

/** The plain file: commas, a dot for decimals, no byte-order mark. */
export const PLAIN_CSV: CsvStyle = { separator: ',', decimalMark: '.', bom: false };

// A spreadsheet runs text that starts like a formula; a group name in someone else's link could be one.
const FORMULA_START = /^[=+\-@\t\r]/;

function textField(text: string, separator: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function numberField(value: string, style: CsvStyle): string {
  // A comma decimal mark only ever goes with the semicolon separator, so a number never needs quotes.
  return style.decimalMark === '.' ? value : value.replace('.', style.decimalMark);
}

/** The rows as one CSV text. Text that begins like a formula (`=`, `+`, `-`, `@`) is written after an apostrophe, so no spreadsheet runs it. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], style: CsvStyle = PLAIN_CSV): string {
  const lines = rows.map((row) => row.map((cell) => ('text' in cell ? textField(cell.text, style.separator) : numberField(cell.number, style))).join(style.separator));
  return `${style.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
