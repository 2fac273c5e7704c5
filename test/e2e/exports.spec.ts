import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { priceOrganisation } from '../../src/lib/pricing';
import { lineCard, openCalculator, total } from '../support/calculator';
import { parseCsv } from '../support/csv';
import { axeViolations, expect, test } from '../support/fixtures';

// 14 staff on Business Premium in a group whose name holds a comma and quotes, 30 volunteers on Business Standard.
const NAME = 'Staff, "core" team';
const LINK = `/?v=2&c=d&d=2026-11-23&t=y&g=14.1.m365-business-premium..${encodeURIComponent(NAME)}&g=30.0.m365-business-standard..Volunteers`;
const expected = priceOrganisation({
  channel: 'direct', asOf: '2026-11-23', term: 'annual-yearly',
  groups: [
    { id: 'g1', name: NAME, people: 14, grantEligible: true, suite: 'm365-business-premium', addOns: [] },
    { id: 'g2', name: 'Volunteers', people: 30, grantEligible: false, suite: 'm365-business-standard', addOns: [] },
  ],
});

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test.describe('exporting the estimate', () => {
  test('the CSV holds every line and the totals exactly as the engine priced them, and the lines sum to the totals', async ({ page }) => {
    await openCalculator(page, LINK);
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$167.00');
    const { name, text } = await download(page, 'Download CSV');
    expect(name).toBe('microsoft-nonprofit-estimate-2026-11-23.csv');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);

    const [head, ...rows] = parseCsv(text);
    expect(head).toEqual([
      'Groups', 'Product', 'Seats', 'Seats that cannot be bought', 'Granted seats (free)', 'Paid seats', 'Seats without a nonprofit price',
      'Nonprofit price per user a month (USD)', 'List price per user a month (USD)', 'Nonprofit cost a month (USD)', 'Nonprofit cost a year (USD)',
      'List-price cost a month (USD)', 'List-price cost a year (USD)', 'Savings a month (USD)', 'Savings a year (USD)',
      'Value of granted seats a year (USD)', 'Prices in force on', 'Billing term', 'Source of the nonprofit price', 'Source of the list price',
    ]);
    const totals = rows.pop()!;
    expect(rows.map((r) => r.slice(0, 16))).toEqual(expected.lines.map((l) => [
      l.groups.map((g) => (g.group === 'g1' ? NAME : 'Volunteers')).join(', '), l.name, String(l.requestedSeats), String(l.blockedSeats),
      String(l.grantedSeats), String(l.paidSeats), String(l.unpricedSeats), l.nonprofitUnitPrice, l.commercialUnitPrice,
      l.nonprofitMonthly, l.nonprofitAnnual, l.commercialMonthly, l.commercialAnnual, l.savingsMonthly, l.savingsAnnual, l.grantValueAnnual,
    ]));
    const t = expected.totals;
    expect(totals.slice(9, 16)).toEqual([t.nonprofitMonthly, t.nonprofitAnnual, t.commercialMonthly, t.commercialAnnual, t.savingsMonthly, t.savingsAnnual, t.grantValueAnnual]);
    expect(totals.slice(9, 11)).toEqual(['167.00', '2004.00']);
    for (const column of [9, 10, 11, 12, 13, 14, 15]) {
      const cents = rows.reduce((sum, r) => sum + Math.round(Number(r[column]) * 100), 0);
      expect((cents / 100).toFixed(2)).toBe(totals[column]);
    }
    for (const row of rows) {
      expect(row[16]).toBe('2026-11-23');
      expect(row[18]).toMatch(/^https:\/\//);
      expect(row[19]).toMatch(/^https:\/\//);
    }
  });

  test('"CSV for Excel in your language" starts with a byte-order mark and keeps the page language\'s marks', async ({ page }) => {
    await openCalculator(page, LINK);
    const { text } = await download(page, 'CSV for Excel in your language');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows.at(-1)!.slice(9, 11)).toEqual(['167.00', '2004.00']);
    expect(rows[2]![0]).toBe(NAME);
  });

  test('each product shows its calculation in words, opened with the keyboard', async ({ page }) => {
    await openCalculator(page, LINK);
    const card = lineCard(page, 'm365-business-premium');
    await card.getByText('Show the calculation').focus();
    await page.keyboard.press('Enter');
    await expect(card.locator('.working-steps li')).toHaveText([
      `14 people take this product (${NAME}).`,
      '14 × $5.50 = $77.00 a month; × 12 = $924.00 a year.',
      'At list price: 14 × $22.00 = $308.00 a month; × 12 = $3,696.00 a year.',
      'Prices in force on November 23, 2026.',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
