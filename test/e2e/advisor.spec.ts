import { groupCard, openCalculator, total } from '../support/calculator';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from '../support/fixtures';

// The worked example, everyone on Business Premium today (direct, 2026-11-23, annual term paid yearly).
const TODAY = '/?v=2&c=d&d=2026-11-23&t=y&g=8.1.m365-business-premium..Office&g=20.1.m365-business-premium..Frontline&g=40.0.m365-business-premium..Volunteers';

/** The advisor's panel, and each group's fieldset in it. */
const panel = (page: Page) => page.locator('details.advisor-panel');
const needsOf = (page: Page, index: number) => panel(page).locator('fieldset.advisor-group').nth(index);

/** Opens the advisor with a click and waits until its panel has loaded. */
async function openAdvisor(page: Page): Promise<void> {
  await panel(page).locator('summary').click();
  await expect(panel(page).getByRole('heading', { name: 'What the advisor recommends' })).toBeVisible();
}

test.describe('the plan advisor', () => {
  test('fills needs with presets, gives each group its plan and reason, and applying it brings the totals to the advised total', async ({ page }) => {
    await openCalculator(page, TODAY);
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$374.00');
    await openAdvisor(page);
    await expect(panel(page)).toContainText('Tick what at least one group needs, and the advice appears here.');

    await needsOf(page, 0).getByRole('button', { name: 'Office staff' }).click();
    await needsOf(page, 1).getByRole('button', { name: 'Frontline staff' }).click();
    await needsOf(page, 2).getByRole('button', { name: 'Volunteers who need a mailbox' }).click();
    await expect(needsOf(page, 0).getByLabel('Desktop Office apps')).toBeChecked();
    await expect(needsOf(page, 2).getByLabel('Desktop Office apps')).not.toBeChecked();

    await expect(panel(page).locator('.advice-groups strong')).toHaveText(['Office', 'Frontline', 'Volunteers']);
    const advice = panel(page).locator('.advice-groups .advice-reason');
    await expect(advice).toHaveText([
      'Microsoft 365 Business Standard: the cheapest plan with web apps and e-mail plus the desktop apps.',
      'Microsoft 365 Business Basic: it has web apps and e-mail, all they need, and it is granted free to staff.',
      'Office 365 E1: the cheapest plan with web apps and e-mail.',
    ]);
    await expect(panel(page).locator('[data-advice="monthly"] dd')).toHaveText('$124.00');
    await expect(panel(page).locator('[data-advice="annual"] dd')).toHaveText('$1,488.00');
    await expect(panel(page).locator('[data-advice="difference"]')).toHaveText('That saves $250.00 a month ($3,000.00 a year) against what you have chosen now.');
    await expect(panel(page).locator('[data-advice="runner-up"]')).toHaveText('Runner-up: Volunteers on Microsoft 365 Business Standard, for $20.00 a month ($240.00 a year) more.');
    await expect(panel(page).locator('[data-advice="ask-partner"]')).toHaveText('Microsoft 365 F1 and Microsoft 365 F3 have no published nonprofit price, so the advisor left them out: ask a partner.');
    await expect(panel(page).locator('[aria-live="polite"]')).toHaveText('Advice: $124.00 a month, $1,488.00 a year.');

    await panel(page).getByRole('button', { name: 'Apply this plan' }).click();
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$124.00');
    await expect(total(page, 'nonprofitAnnual')).toHaveText('$1,488.00');
    await expect(groupCard(page, 0).getByLabel('Suite')).toHaveValue('m365-business-standard');
    await expect(panel(page).getByRole('status')).toHaveText('Applied: the groups and the estimate now follow the advice.');
    await expect(panel(page).locator('[data-advice="difference"]')).toHaveText('That costs the same as what you have chosen now.');
  });

  test('the advice added as a scenario sits beside "Today", compared side by side, and a shared link reopens both', async ({ page, browser, context }) => {
    // A long flow across two browser contexts: on a loaded 2-core machine it needs more than one minute.
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openCalculator(page, TODAY);
    await openAdvisor(page);
    await needsOf(page, 0).getByRole('button', { name: 'Office staff' }).click();
    await needsOf(page, 1).getByRole('button', { name: 'Frontline staff' }).click();
    await needsOf(page, 2).getByRole('button', { name: 'Volunteers who need a mailbox' }).click();
    await expect(panel(page).locator('[data-advice="monthly"] dd')).toHaveText('$124.00');

    await panel(page).getByRole('button', { name: 'Add it as a scenario' }).click();
    await expect(panel(page).getByRole('status')).toHaveText('Added as the scenario “Advisor’s plan” and shown: your current plan is kept as it was.');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$124.00');
    const shown = page.getByLabel('Scenario shown');
    await expect(shown.locator('option')).toHaveText(['Today', 'Advisor’s plan']);

    await page.getByRole('button', { name: 'Compare side by side' }).click();
    const comparison = page.getByRole('region', { name: 'Scenarios side by side' });
    await expect(comparison.locator('[data-difference]').first()).toHaveText('-$3,000.00 a year (-$250.00 a month): less than Today.');
    // The whole page with the comparison open is scanned in the scenarios spec; here, what this flow adds.
    expect(await axeViolations(page, { include: '.advisor-panel' })).toEqual([]);

    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openCalculator(other, link);
    await expect(other.getByLabel('Scenario shown').locator('option')).toHaveText(['Today', 'Advisor’s plan']);
    await expect(total(other, 'nonprofitMonthly')).toHaveText('$124.00');
    await other.getByLabel('Scenario shown').selectOption({ label: 'Today' });
    await expect(total(other, 'nonprofitMonthly')).toHaveText('$374.00');
    await fresh.close();
  });

  test('a shared link carries the needs: 400 staff who need e-mail are split at the Business Basic grant', async ({ page }) => {
    await openCalculator(page, '/?v=2&c=d&d=2026-11-23&t=y&g=400.1.m365-business-premium..Staff&n=0.m');
    await openAdvisor(page);
    await expect(needsOf(page, 0).getByLabel('E-mail, Teams and the web and mobile Office apps')).toBeChecked();
    await expect(panel(page).locator('.advice-groups .advice-reason')).toHaveText([
      '300 on the Microsoft 365 Business Basic grant, the other 100 on Office 365 E1: the free grant covers no more people, and Office 365 E1 is the next cheapest with web apps and e-mail.',
    ]);
    await expect(panel(page).locator('[data-advice="monthly"] dd')).toHaveText('$250.00');
    await panel(page).getByRole('button', { name: 'Apply this plan' }).click();
    await expect(page.locator('li.group')).toHaveCount(2);
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$250.00');
    // The address bar follows (throttled): both groups keep the need.
    await expect.poll(() => new URL(page.url()).searchParams.getAll('n')).toEqual(['0.m', '1.m']);
  });

  test('works from the keyboard alone', async ({ page }) => {
    await openCalculator(page, TODAY);
    await panel(page).locator('summary').focus();
    await page.keyboard.press('Enter');
    const first = page.locator('#advisor-g1-mail-and-web-apps');
    await expect(first).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.locator('#advisor-g1-desktop-apps')).toBeFocused();
    await page.keyboard.press('Space');
    // On through the other needs to the presets: "Office staff" is the first button.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(needsOf(page, 0).getByRole('button', { name: 'Office staff' })).toBeFocused();
    // Straight to the other groups' presets, as a keyboard user would after tabbing there.
    await needsOf(page, 2).getByRole('button', { name: 'Volunteers who need a mailbox' }).focus();
    await page.keyboard.press('Enter');
    await needsOf(page, 1).getByRole('button', { name: 'Frontline staff' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).locator('[data-advice="monthly"] dd')).toHaveText('$124.00');
    await panel(page).getByRole('button', { name: 'Apply this plan' }).focus();
    await page.keyboard.press('Enter');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$124.00');
  });

  test('has no accessibility violations with the panel open and advice shown', async ({ page }) => {
    await openCalculator(page, `${TODAY}&n=0.md&n=1.m&n=2.m`);
    await openAdvisor(page);
    await expect(panel(page).locator('[data-advice="monthly"] dd')).toHaveText('$124.00');
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const width of [390, 1280]) {
    test(`fits ${width} px without horizontal overflow`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openCalculator(page, `${TODAY}&n=0.md&n=1.m&n=2.m`);
      await openAdvisor(page);
      await expect(panel(page).locator('[data-advice="monthly"] dd')).toHaveText('$124.00');
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await expect.poll(overflow).toBe(0);
      await panel(page).screenshot({ path: `screenshots/advisor-${width}.png` });
    });
  }
});
