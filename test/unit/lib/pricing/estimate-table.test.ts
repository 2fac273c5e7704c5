import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { amount, writeCsv } from '../../../../src/lib/core';
import { ESTIMATE_COLUMNS, estimateTable, priceOrganisation, type EstimateWords, type OrganisationGroup } from '../../../../src/lib/pricing';
import { organisationInput } from '../../../support/arbitraries';
import { parseCsv } from '../../../support/csv';

const words: EstimateWords = {
  headings: Object.fromEntries(ESTIMATE_COLUMNS.map((c) => [c, c])) as EstimateWords['headings'],
  total: 'Total',
  term: 'Annual commitment, paid yearly',
};
const group = (id: string, name: string, people: number, grantEligible: boolean, suite: string | null): OrganisationGroup => ({ id, name, people, grantEligible, suite, addOns: [] });
const MONEY = ['nonprofitMonthly', 'nonprofitAnnual', 'listMonthly', 'listAnnual', 'savingsMonthly', 'savingsAnnual', 'grantValueAnnual'] as const;
const COUNTS = ['seats', 'blocked', 'granted', 'paid', 'unpriced'] as const;

/** The file read back as records by heading. */
function readBack(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(head!.map((h, i) => [h, row[i]!])));
}

describe('estimateTable', () => {
  test('14 staff on Business Premium and 30 volunteers on Business Standard: one row per product, then the totals, with sources as addresses', () => {
    const priced = priceOrganisation({
      groups: [group('g1', 'Staff, "core" team', 14, true, 'm365-business-premium'), group('g2', 'Volunteers', 30, false, 'm365-business-standard')],
      channel: 'direct', asOf: '2026-11-23',
    });
    const names = new Map([['g1', 'Staff, "core" team'], ['g2', 'Volunteers']]);
    const rows = readBack(writeCsv(estimateTable(priced, (line) => line.groups.map((g) => names.get(g.group)).join('; '), words)));
    expect(rows.map((r) => [r.groups, r.product, r.seats, r.paid, r.nonprofitUnit, r.nonprofitMonthly, r.nonprofitAnnual, r.listMonthly])).toEqual([
      ['Volunteers', 'Microsoft 365 Business Standard', '30', '30', '3.00', '90.00', '1080.00', '420.00'],
      ['Staff, "core" team', 'Microsoft 365 Business Premium', '14', '14', '5.50', '77.00', '924.00', '308.00'],
      ['Total', '', '44', '44', '', '167.00', '2004.00', '728.00'],
    ]);
    expect(rows[0]!.priceDate).toBe('2026-11-23');
    expect(rows[0]!.term).toBe('Annual commitment, paid yearly');
    for (const row of rows.slice(0, 2)) expect(row.nonprofitSource).toMatch(/^https:\/\//);
  });

  test("with the user's own rate, two more columns give the nonprofit cost in their currency, each figure converted exactly", () => {
    const priced = priceOrganisation({
      groups: [group('g1', 'Staff', 14, true, 'm365-business-premium'), group('g2', 'Volunteers', 30, false, 'm365-business-standard')],
      channel: 'direct', asOf: '2026-11-23',
    });
    const converted = { monthly: 'NOK a month', annual: 'NOK a year' };
    const rows = readBack(writeCsv(estimateTable(priced, () => 'g', { ...words, converted }, { currency: 'NOK', rate: '10.80' })));
    expect(rows.map((r) => [r.nonprofitMonthly, r['NOK a month'], r['NOK a year']])).toEqual([
      ['90.00', '972.00', '11664.00'],
      ['77.00', '831.60', '9979.20'],
      ['167.00', '1803.60', '21643.20'],
    ]);
  });

  test('for any organisation, the product rows sum to the totals row, figure by figure (300 runs)', () => {
    fc.assert(
      fc.property(organisationInput, (input) => {
        const rows = readBack(writeCsv(estimateTable(priceOrganisation(input), () => 'g', words)));
        const total = rows.pop()!;
        const sum = (column: string) => rows.reduce((s, r) => s.plus(amount(r[column] === '' ? '0' : r[column]!)), amount(0));
        for (const column of MONEY) expect(sum(column).toFixed(2)).toBe(total[column]);
        for (const column of COUNTS) expect(sum(column).toFixed(0)).toBe(total[column]);
      }),
      { numRuns: 300 },
    );
  });
});
