import type { Page } from '@playwright/test';
import { addGroup, openCalculator, openDetails, revealIsland } from '../support/calculator';
import { axeViolations, expect, test } from '../support/fixtures';

/** A fuller estimate than the default: three groups, an add-on, and every island below hydrated. */
async function fullEstimate(page: Page): Promise<void> {
  await addGroup(page, { people: 12, suite: 'm365-business-standard', addOns: ['power-apps-per-app'] });
  for (const island of ['Outlook', 'AzurePlanner', 'Programme', 'EmbedSection'] as const) await revealIsland(page, island);
}

/** How far the page, or any table's box, reaches past what the screen shows. */
async function overflow(page: Page): Promise<{ page: number; tables: number[] }> {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - innerWidth,
    tables: [...document.querySelectorAll('.table-wrap, table')].map((el) => el.scrollWidth - el.clientWidth).filter((d) => d > 1),
  }));
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('nothing scrolls sideways, tables reflow, and chart labels are at least 11 px', async ({ page }) => {
      await openCalculator(page);
      await fullEstimate(page);
      await openDetails(page.locator('details.who'));
      for (const details of await page.locator('[data-section=projection] details').all()) await openDetails(details);
      expect(await overflow(page)).toEqual({ page: 0, tables: [] });
      const sizes = await page.locator('.chart svg text.axis').evaluateAll((texts) =>
        texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * (text as SVGGraphicsElement).getScreenCTM()!.a));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    });

    test('the embed does not scroll sideways either', async ({ page }) => {
      await openCalculator(page, '/embed/');
      expect(await overflow(page)).toEqual({ page: 0, tables: [] });
    });
  });
}

test.describe('the summary bar on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('opens to every total and the billing term when tapped, and Escape closes it with focus kept', async ({ page }) => {
    await openCalculator(page);
    const toggle = page.locator('.summary-bar .summary-toggle');
    await expect(toggle).toBeInViewport();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = page.locator('#summary-bar-details');
    await expect(details.locator('[data-total="nonprofitAnnual"] dd')).toHaveText('$1,650.00');
    await expect(details.locator('[data-total="savingsAnnual"] dd')).toHaveText('$4,950.00');
    await expect(details).toContainText('Annual commitment, paid yearly');
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(toggle).toBeFocused();
  });

  test('appears at the top of the embed, where a frame as tall as its content can show it', async ({ page }) => {
    await openCalculator(page, '/embed/');
    const toggle = page.locator('.summary-bar.in-embed .summary-toggle');
    await expect(toggle).toBeInViewport();
    await expect(toggle).toContainText('$137.50');
    await toggle.press('Enter');
    await expect(page.locator('#summary-bar-details [data-total="nonprofitAnnual"] dd')).toHaveText('$1,650.00');
  });

  test('keeps its own height free below every control the keyboard reaches, and follows the bar as it opens', async ({ page }) => {
    await openCalculator(page, '/nb/');
    // The room the page keeps at the bottom when it scrolls to a focused control, against the bar's height.
    const room = () => page.evaluate(() => [
      parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom),
      document.querySelector('.summary-bar')!.getBoundingClientRect().height,
    ]);
    const matches = async () => {
      const [padding, height] = await room();
      return Math.abs(padding! - height!) < 0.01;
    };
    await expect.poll(matches).toBe(true);
    const closed = (await room())[1];
    await page.locator('.summary-bar .summary-toggle').click();
    await expect(page.locator('#summary-bar-details')).toBeVisible();
    await expect.poll(matches).toBe(true);
    expect((await room())[1]).not.toBe(closed);
    await page.keyboard.press('Escape');
    await expect(page.locator('#summary-bar-details')).toHaveCount(0);
    await expect.poll(matches).toBe(true);

    // WCAG 2.2, 2.4.11: a focused control may never be entirely hidden behind the bar. Tab from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').focus();
    const hidden: string[] = [];
    for (let stop = 0; stop < 90; stop++) {
      await page.keyboard.press('Tab');
      const behind = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.summary-bar')!;
        if (!focused || focused === document.body || bar.contains(focused)) return null;
        const a = focused.getBoundingClientRect(), b = bar.getBoundingClientRect();
        const covered = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        return covered >= a.height - 0.5 ? focused.id || focused.textContent!.trim().slice(0, 40) : null;
      });
      if (behind) hidden.push(behind);
    }
    expect(hidden).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations on a phone, ${scheme}, and none in the bar once open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openCalculator(page);
      // The sticky bar covers whichever field happens to scroll under it; axe would count that field
      // as a small target. A screen as tall as the page shows every field in full, at phone width.
      // The dark scheme changes only colours: its scans run the colour rules (see axeViolations).
      const colours = scheme === 'dark';
      await page.setViewportSize({ width: 390, height: 6000 });
      expect(await axeViolations(page, { colours })).toEqual([]);
      await page.setViewportSize({ width: 390, height: 800 });
      // Open, the bar covers the fields behind it for a moment (as a menu would): scan the bar itself.
      await page.locator('.summary-bar .summary-toggle').click();
      expect(await axeViolations(page, { include: '.summary-bar', colours })).toEqual([]);
    });
  }
});
