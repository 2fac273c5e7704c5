import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { indicativeAmount } from '../../src/i18n/converted';
import { formatters } from '../../src/i18n/format';
import { defaultState, encodeEstimate, encodeState, findSource, priceOrganisation, sourcesUsed, toOrganisationInput, type CalculatorState } from '../../src/lib';
import { openCalculator, total } from '../support/calculator';
import { CALCULATOR } from '../support/origins';
import { expect, test } from '../support/fixtures';

const f = formatters('en');

/** The sample estimate a treasurer might print: staff, leaders, volunteers on two suites, with add-ons, renewing in April. */
function sampleState(): CalculatorState {
  const state = defaultState('2026-11-23');
  return {
    ...state,
    organisation: { ...state.organisation, renewal: '04-01', term: 'annual-monthly' },
    groups: [
      { id: 'g1', name: 'Office staff', people: 18, grantEligible: true, suite: 'm365-business-premium', addOns: ['power-apps-premium'] },
      { id: 'g2', name: 'Board', people: 7, grantEligible: true, suite: 'm365-business-standard', addOns: [] },
      { id: 'g3', name: 'Volunteer coordinators', people: 12, grantEligible: false, suite: 'm365-business-standard', addOns: [] },
      { id: 'g4', name: 'Volunteers', people: 60, grantEligible: false, suite: 'guest', addOns: [] },
    ],
  };
}

const sample = sampleState();
const priced = priceOrganisation(toOrganisationInput(sample));
const addresses = sourcesUsed(priced).map((id) => findSource(id)!.url!);

/** How many pages a PDF has, read from its bytes: each page is one `/Type /Page` object (`/Pages` is the tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Waits until the summary's code has loaded (once the page is idle): Ctrl+P prints it from then on. */
async function waitForPrintReady(page: Page): Promise<void> {
  await expect(page.locator('body > #print-summary')).toBeAttached({ timeout: 15_000 });
}

/** Prints the page to PDF as Chromium's "Save as PDF" would, keeps the file for a look, and returns it. */
async function printToPdf(page: Page, format: 'A4' | 'Letter', name: string): Promise<Buffer> {
  const pdf = await page.pdf({ format });
  mkdirSync('test-results/print', { recursive: true });
  writeFileSync(`test-results/print/${name}-${format}.pdf`, pdf);
  return pdf;
}

/** The summary's text as print media shows it. */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('#print-summary').innerText();
  await page.emulateMedia({ media: null });
  return text;
}

test.describe('the one-page summary', () => {
  for (const path of ['/', '/embed/']) {
    for (const format of ['A4', 'Letter'] as const) {
      test(`prints the sample estimate on one ${format} page from ${path}, with the totals and every source's address`, async ({ page }) => {
        await openCalculator(page, `${path}?${encodeState(sample)}`);
        await waitForPrintReady(page);
        const pdf = await printToPdf(page, format, path === '/' ? 'page' : 'embed');
        expect(pageCount(pdf)).toBe(1);
        const text = await printedText(page);
        for (const amount of [priced.totals.nonprofitMonthly, priced.totals.nonprofitAnnual, priced.totals.commercialAnnual, priced.totals.savingsAnnual]) {
          expect(text).toContain(f.money(amount));
        }
        for (const address of addresses) expect(text).toContain(address);
        expect(text).toContain(`${CALCULATOR}/?v=`);
      });
    }
  }

  test('with several scenarios, says which one it prints and that the address opens them all, still on one page', async ({ page }) => {
    const renewal: CalculatorState = { ...sample, groups: sample.groups.map((g) => (g.id === 'g1' ? { ...g, suite: 'm365-business-standard', addOns: [] } : g)) };
    const second = priceOrganisation(toOrganisationInput(renewal));
    expect(second.totals.nonprofitMonthly).not.toBe(priced.totals.nonprofitMonthly);
    await openCalculator(page, `/?${encodeEstimate({ scenarios: [{ name: '', state: sample }, { name: 'After our renewal', state: renewal }], active: 1 })}`);
    await waitForPrintReady(page);
    // Printing renders the summary (on beforeprint); then its text is read.
    expect(pageCount(await printToPdf(page, 'A4', 'scenarios'))).toBe(1);
    const text = await printedText(page);
    expect(text).toContain('This page shows scenario 2 of 2: “After our renewal”. The address at the end opens every scenario.');
    expect(text).toContain(f.money(second.totals.nonprofitMonthly));
    // One scenario: nothing to say.
    await openCalculator(page, `/?${encodeState(sample)}`);
    await waitForPrintReady(page);
    await printToPdf(page, 'A4', 'one-scenario');
    const single = await printedText(page);
    expect(single).toContain(f.money(priced.totals.nonprofitMonthly));
    expect(single).not.toContain('This page shows scenario');
  });

  test("prints the totals at the user's own rate too, marked as their estimate, still on one page", async ({ page }) => {
    const rate = { currency: 'NOK', rate: '10.80' };
    await openCalculator(page, `/?${encodeState({ ...sample, rate })}`);
    await waitForPrintReady(page);
    expect(pageCount(await printToPdf(page, 'A4', 'converted'))).toBe(1);
    const text = await printedText(page);
    expect(text).toContain(`At your own rate of 10.80 NOK to the US dollar: about ${indicativeAmount('en', priced.totals.nonprofitMonthly, rate)} a month, ${indicativeAmount('en', priced.totals.nonprofitAnnual, rate)} a year`);
  });

  test('prints every product line with its seats, grants, unit price and cost, and hides every control', async ({ page }) => {
    await openCalculator(page, `/?${encodeState(sample)}`);
    await waitForPrintReady(page);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    for (const line of priced.lines) {
      const cells = page.locator(`#print-summary tr[data-product="${line.product}"] > *`);
      await expect(cells).toHaveText([
        line.name, f.count(line.requestedSeats), f.count(line.grantedSeats), line.nonprofitUnitPrice === null ? 'Not priced' : f.money(line.nonprofitUnitPrice), f.money(line.nonprofitMonthly), f.money(line.nonprofitAnnual),
      ]);
    }
    // The total row adds up every column it can: seats, granted seats, a month and a year.
    const seats = priced.lines.reduce((n, l) => n + l.requestedSeats, 0);
    expect(seats).toBe(priced.totals.requestedSeats);
    await expect(page.locator('#print-summary [data-print-lines] tfoot tr > *')).toHaveText([
      'Total', f.count(seats), f.count(priced.totals.grantedSeats), '', f.money(priced.totals.nonprofitMonthly), f.money(priced.totals.nonprofitAnnual),
    ]);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('main')).toBeHidden();
  });

  test('the Print summary button renders the estimate as it stands and opens the print dialog', async ({ page }) => {
    await openCalculator(page, `/?${encodeState(sample)}`);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Print summary' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '');
    await expect(page.locator('#print-summary [data-print-total="nonprofitAnnual"] dd')).toHaveText(f.money(priced.totals.nonprofitAnnual));
    // The printed link reopens this estimate.
    const link = await page.locator('#print-summary [data-print-link]').textContent();
    const other = await page.context().newPage();
    await openCalculator(other, link!);
    await expect(total(other, 'nonprofitAnnual')).toHaveText(f.money(priced.totals.nonprofitAnnual));
  });
});
