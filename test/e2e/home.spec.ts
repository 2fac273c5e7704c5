import { sampleOrganisation } from '../../src/data/sample-organisation';
import { en } from '../../src/i18n/en';
import { formatters } from '../../src/i18n/format';
import { quote } from '../../src/lib';
import { axeViolations, expect, test } from '../support/fixtures';

const f = formatters(en);

test.describe('home page', () => {
  test('shows the sample organisation priced by the engine on the build date', async ({ page }) => {
    await page.goto('/');
    const asOf = await page.locator('[data-as-of]').getAttribute('data-as-of');
    const expected = quote({ ...sampleOrganisation, asOf: asOf! });
    for (const line of expected.lines) {
      await expect(page.locator(`tr[data-product="${line.product}"] [data-field="nonprofitMonthly"]`)).toHaveText(f.money(line.nonprofitMonthly));
    }
    await expect(page.locator('tfoot [data-field="nonprofitMonthly"]')).toHaveText(f.money(expected.totals.nonprofitMonthly));
    await expect(page.locator('[data-total="savingsAnnual"] dd')).toHaveText(f.money(expected.totals.savingsAnnual));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.site.title);
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/');
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const width of [390, 1280]) {
    test(`renders at ${width} px without horizontal page overflow`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await page.screenshot({ path: `screenshots/home-${width}.png`, fullPage: true });
    });
  }
});
