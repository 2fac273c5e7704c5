import { formatters } from '../../src/i18n/format';
import { defaultState, priceOrganisation, toOrganisationInput } from '../../src/lib';
import { groupCard, openCalculator, openDetails, revealIsland } from '../support/calculator';
import { axeViolations, expect, test } from '../support/fixtures';

const f = formatters('en');

test.describe('home page', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the first paint is the default calculation, priced by the engine on the build date', async ({ page }) => {
      await page.goto('/');
      const asOf = await page.locator('#org-as-of').inputValue();
      const expected = priceOrganisation(toOrganisationInput(defaultState(asOf)));
      await expect(page.locator('.totals-panel [data-total="nonprofitMonthly"] dd')).toHaveText(f.money(expected.totals.nonprofitMonthly));
      for (const line of expected.lines) {
        await expect(page.locator(`li.line[data-product="${line.product}"] [data-field="nonprofitMonthly"]`)).toHaveText(f.money(line.nonprofitMonthly));
      }
    });
  });

  test('hydration keeps the layout: no shift when the island takes over', async ({ page }) => {
    // Wait for the island to take over (however long that takes under load), let two frames paint
    // what it rendered, then add up every shift since navigation.
    await openCalculator(page);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const observer = new PerformanceObserver(() => {});
              observer.observe({ type: 'layout-shift', buffered: true });
              // A buffered observer holds every earlier entry at once; takeRecords hands them over.
              const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
              observer.disconnect();
              resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((total, entry) => total + entry.value, 0));
            }),
          );
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });

  test('has no accessibility violations, before and after using the calculator', async ({ page }) => {
    await openCalculator(page);
    for (const island of ['Outlook', 'AzurePlanner', 'Programme', 'EmbedSection'] as const) await revealIsland(page, island);
    expect(await axeViolations(page)).toEqual([]);
    const staff = groupCard(page, 0).getByLabel('People', { exact: true });
    await staff.fill('abc');
    // Scan the page with the field's message shown, not in the moment before it renders.
    await expect(staff).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('We already have an annual subscription').check();
    await openDetails(page.locator('[data-section=projection] details').filter({ hasText: 'Show the figures as a table' }));
    await openDetails(page.locator('details.embed-panel'));
    await expect(page.getByLabel('Colour scheme')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('has no accessibility violations in the dark colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openCalculator(page);
    for (const island of ['Outlook', 'AzurePlanner', 'Programme', 'EmbedSection'] as const) await revealIsland(page, island);
    // The same page as the light scan above, in other colours: the colour rules are what can differ.
    expect(await axeViolations(page, { colours: true })).toEqual([]);
  });

  for (const width of [390, 1280]) {
    test(`renders at ${width} px without horizontal page overflow`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openCalculator(page);
      for (const island of ['Outlook', 'AzurePlanner', 'Programme', 'EmbedSection'] as const) await revealIsland(page, island);
      await page.evaluate(() => window.scrollTo(0, 0));
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await expect.poll(overflow).toBe(0);
      await page.screenshot({ path: `screenshots/home-${width}.png`, fullPage: true });
    });
  }

  test('fits 320 px, as at 200 % zoom on a small screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openCalculator(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect.poll(overflow).toBe(0);
  });
});
