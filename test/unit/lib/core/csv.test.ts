import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN_CSV, writeCsv, type CsvStyle } from '../../../../src/lib/core';
import { parseCsv } from '../../../support/csv';

const EXCEL_NB: CsvStyle = { separator: ';', decimalMark: ',', bom: true };

describe('writeCsv', () => {
  it('quotes a field holding the separator, a quote or a line break, and doubles its quotes', () => {
    const text = writeCsv([[{ text: 'Staff, "core"' }, { text: 'two\nlines' }, { text: 'plain' }, { number: '82.50' }]]);
    expect(text).toBe('"Staff, ""core""","two\nlines",plain,82.50\r\n');
  });

  it('ends every line with CRLF and writes no byte-order mark in the plain style', () => {
    expect(writeCsv([[{ text: 'a' }], [{ number: '1' }]])).toBe('a\r\n1\r\n');
  });

  it('writes the locale style for a spreadsheet: semicolons, a comma decimal mark and a byte-order mark first', () => {
    expect(writeCsv([[{ text: 'Ansatte; styret' }, { number: '990.00' }, { number: '25' }]], EXCEL_NB)).toBe('\ufeff"Ansatte; styret";990,00;25\r\n');
  });

  it('writes text that starts like a formula after an apostrophe, so a spreadsheet shows it rather than runs it', () => {
    expect(writeCsv([[{ text: '=HYPERLINK("x")' }, { text: '+1' }, { text: '@me' }, { text: '-2' }]])).toBe(`"'=HYPERLINK(""x"")",'+1,'@me,'-2\r\n`);
  });

  it('gives back every field when read again, whatever the text holds (1,000 runs)', () => {
    const safeText = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(safeText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.boolean(), (rows, semicolon) => {
        const style: CsvStyle = semicolon ? EXCEL_NB : PLAIN_CSV;
        const written = writeCsv(rows.map((row) => row.map((text) => ({ text }))), style);
        expect(parseCsv(written.replace(/^\ufeff/, ''), style.separator)).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });
});
