import type { Page } from '@playwright/test';
import { openCalculator, revealIsland, setDate } from '../support/calculator';
import { axeViolations, expect, test } from '../support/fixtures';

const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`);
const monthRow = (page: Page, start: string) => page.locator(`[data-section="azure"] tr[data-month="${start}"] td`);

/** Opens the calculator on a fixed date (so the months are known) and brings the planner into view. */
async function openPlanner(page: Page): Promise<void> {
  await openCalculator(page);
  await setDate(page, 'Date of the estimate', '2026-11-22');
  await revealIsland(page, 'AzurePlanner');
}

test.describe('Azure credit planner', () => {
  test('the grant alone: $150 a month is covered; $250 a month is billed from the month the grant runs out', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel('We have (or will ask for) the $2,000 yearly Azure grant').check();
    const spend = page.locator('#grant-spend-0');
    await spend.fill('150');
    await expect(result(page, 'grant-billed')).toHaveText('$0.00');
    await expect(result(page, 'grant-covered')).toHaveText('24 months');
    await expect(result(page, 'grant-billing')).toHaveText('The credit covers all planned use: nothing is billed.');
    await expect(result(page, 'grant-renewal')).toHaveText(
      'Renew between October 23, 2027 and November 22, 2027: renewal opens 30 days before the grant year ends and is not automatic.',
    );

    await spend.fill('250');
    await expect(result(page, 'grant-billing')).toHaveText('From July 22, 2027 use beyond the credit is billed: $2,000.00 over the 24 months.');
    await expect(result(page, 'grant-covered')).toHaveText('8 months');
    await page.getByText('Show every month as a table').click();
    await expect(monthRow(page, '2027-06-22')).toHaveText(['$250.00', '$0.00', '$0.00']);
    await expect(monthRow(page, '2027-07-22')).toHaveText(['$0.00', '$250.00', '$0.00']);
    await expect(monthRow(page, '2027-11-22')).toHaveText(['$250.00', '$0.00', '$1,750.00']);
  });

  test('Azure in Open: a 10-unit key at $80 a month lasts the year and $40.00 expires; the link reopens it', async ({ page, browser }) => {
    await openPlanner(page);
    await page.getByLabel('We buy prepaid Azure in Open credit keys from a partner').check();
    await page.locator('#open-spend-0').fill('80');
    await page.getByRole('button', { name: 'Add a key' }).click();
    await expect(page.getByLabel('Units (about $100 each)')).toHaveValue('10');
    await expect(result(page, 'open-expired')).toHaveText('$40.00');
    await expect(result(page, 'open-covered')).toHaveText('12 months');
    await expect(result(page, 'open-suspension')).toContainText(
      'Services are suspended on November 22, 2027 when the credit runs out. If nothing is added, the data is deleted on February 20, 2028.',
    );
    await expect(result(page, 'open-suggestions')).toHaveText('buy 10 units (about $1,000) and activate it on November 22, 2027');
    await expect(result(page, 'open-alerts')).toContainText('October 23, 2027: key 1 expires in 30 days, on November 22, 2027.');
    await expect(page).toHaveURL(/om=80&ok=10\.2026-11-22\.2026-11-22/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openCalculator(other, page.url());
    await revealIsland(other, 'AzurePlanner');
    await expect(result(other, 'open-expired')).toHaveText('$40.00');
    await expect(other.getByLabel('Units (about $100 each)')).toHaveValue('10');
    await fresh.close();
  });

  test('a country without card top-up is named at the suspension', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel('Country', { exact: true }).selectOption('CA');
    await revealIsland(page, 'AzurePlanner');
    await page.getByLabel('We buy prepaid Azure in Open credit keys from a partner').check();
    await page.locator('#open-spend-0').fill('80');
    await expect(result(page, 'open-suspension')).toContainText('In your country it cannot be topped up by credit card: buy new credit from a partner in time.');
  });

  test('a key activated more than 5 years after purchase is refused beside the field', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel('We buy prepaid Azure in Open credit keys from a partner').check();
    await page.getByRole('button', { name: 'Add a key' }).click();
    await page.getByLabel('Activated on').fill('2031-11-23');
    await expect(page.locator('#key-0-activated-error')).toHaveText(
      'A key must be activated within 5 years of purchase: by November 22, 2031. The results still use November 22, 2026.',
    );
    await page.getByLabel('Units (about $100 each)').fill('0');
    await expect(page.locator('#key-0-units-error')).toContainText('Units are whole numbers from 1 to 10,000.');
  });

  test('the planner has no accessibility violations', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel('We have (or will ask for) the $2,000 yearly Azure grant').check();
    await page.getByLabel('We buy prepaid Azure in Open credit keys from a partner').check();
    await page.getByRole('button', { name: 'Add a key' }).click();
    await page.getByLabel('A different amount for each of the next 12 months').first().check();
    await page.getByText('Show every month as a table').click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the planner in the dark colour scheme has no accessibility violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCalculator(page, '/?v=1&s=25&vo=40&c=d&d=2026-11-22&co=CA&l=m365-business-premium.f.0&gs=2026-11-22&gu=0&gm=250&om=80&ok=10.2026-11-22.2026-11-22&ot=200');
  await revealIsland(page, 'AzurePlanner');
  await expect(page.locator('[data-result="open-suspension"]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
