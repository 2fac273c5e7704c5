import type { Page } from '@playwright/test';
import { groupCard, openCalculator, setDate, setGroup, total } from '../support/calculator';
import { axeViolations, expect, test } from '../support/fixtures';

const shown = (page: Page) => page.getByLabel('Scenario shown');
const options = (page: Page) => shown(page).locator('option');
const suite = (page: Page, index: number) => groupCard(page, index).getByLabel('Suite');

/** Today's estimate on 23 November 2026, duplicated, with the staff moved to Business Basic in the copy. */
async function twoScenarios(page: Page): Promise<void> {
  await openCalculator(page);
  await setDate(page, 'Date of the estimate', '2026-11-23');
  await expect(total(page, 'nonprofitMonthly')).toHaveText('$137.50');
  await page.getByRole('button', { name: 'Compare another way of buying' }).click();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(options(page)).toHaveText(['Today', 'Scenario 2']);
  await expect(page.getByRole('status').filter({ hasText: 'Copied into Scenario 2, now shown.' })).toBeAttached();
  await setGroup(page, 0, { suite: 'm365-business-basic' });
  await expect(total(page, 'nonprofitMonthly')).toHaveText('$0.00');
}

test.describe('scenarios side by side', () => {
  test('a copy changed on its own, switched back and forth, compared, shared and reopened', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await twoScenarios(page);

    await shown(page).selectOption({ label: 'Today' });
    await expect(suite(page, 0)).toHaveValue('m365-business-premium');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$137.50');
    await shown(page).selectOption({ label: 'Scenario 2' });
    await expect(suite(page, 0)).toHaveValue('m365-business-basic');

    await page.getByRole('button', { name: 'Compare side by side' }).click();
    const comparison = page.getByRole('region', { name: 'Scenarios side by side' });
    await expect(comparison.locator('[data-difference]').first()).toHaveText('-$1,650.00 a year (-$137.50 a month): less than Today.');
    await expect(comparison.getByRole('region', { name: 'Microsoft 365 Business Basic' }).locator('li').nth(1)).toContainText('Grants worth, a year$2,100.00');
    expect(await axeViolations(page)).toEqual([]);

    await expect(page).toHaveURL(/v=3&a=1&x=&c=d/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openCalculator(other, link);
    await expect(options(other)).toHaveText(['Today', 'Scenario 2']);
    await expect(shown(other)).toHaveValue('1');
    await expect(suite(other, 0)).toHaveValue('m365-business-basic');
    await shown(other).selectOption({ label: 'Today' });
    await expect(suite(other, 0)).toHaveValue('m365-business-premium');
    await expect(other.locator('.notices')).toHaveCount(0);
    await fresh.close();
  });

  test('the scenario bar works from the keyboard alone', async ({ page }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: 'Compare another way of buying' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Duplicate' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(options(page)).toHaveText(['Today', 'Scenario 2']);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Rename' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('New name for Scenario 2')).toBeFocused();
    await page.keyboard.type('After our renewal');
    await page.keyboard.press('Enter');
    await expect(options(page)).toHaveText(['Today', 'After our renewal']);
    await expect(page.getByRole('button', { name: 'Rename' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Renamed to After our renewal.' })).toBeAttached();

    await shown(page).focus();
    await page.keyboard.press('ArrowUp');
    await expect(shown(page)).toHaveValue('0');
    await expect(page.getByRole('status').filter({ hasText: 'Now showing Today.' })).toBeAttached();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Delete Today' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(options(page)).toHaveText(['After our renewal']);
    await expect(page.getByRole('status').filter({ hasText: 'Deleted. Now showing After our renewal.' })).toBeAttached();
  });

  for (const width of [320, 390, 1280]) {
    test(`the comparison fits ${width} px without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await twoScenarios(page);
      await page.getByRole('button', { name: 'Compare side by side' }).click();
      const comparison = page.getByRole('region', { name: 'Scenarios side by side' });
      await expect(comparison.locator('[data-difference]').first()).toBeVisible();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await expect.poll(overflow).toBe(0);
      if (width !== 320) await comparison.screenshot({ path: `screenshots/scenarios-${width}.png` });
      if (width !== 320) await page.getByRole('region', { name: 'Scenarios of this estimate' }).screenshot({ path: `screenshots/scenario-bar-${width}.png` });
    });
  }
});
