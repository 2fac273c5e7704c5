import type { Page } from '@playwright/test';
import { openCalculator, revealIsland } from '../support/calculator';
import { axeViolations, expect, test } from '../support/fixtures';

/** The availability panel's verdict on one offer. */
const offer = (page: Page, label: string) => page.locator(`[data-offer="${label}"] strong`);

async function chooseCountry(page: Page, code: string): Promise<void> {
  await page.getByLabel('Country', { exact: true }).selectOption(code);
  await revealIsland(page, 'Programme');
}

test.describe('country availability', () => {
  test('Germany: new Surface yes, refurbished no', async ({ page }) => {
    await openCalculator(page);
    await chooseCountry(page, 'DE');
    await expect(page.getByRole('heading', { name: 'Offers in your country: Germany' })).toBeVisible();
    await expect(offer(page, 'New Surface devices at nonprofit prices')).toHaveText('Available');
    await expect(offer(page, 'Refurbished Surface devices')).toHaveText('Not available');
    await expect(offer(page, 'Free hardware (grants)')).toHaveText('Not available');
    await expect(offer(page, 'Topping up Azure in Open credit by credit card')).toHaveText('Available');
  });

  test('Canada: both Surface offers, but no card top-up for Azure in Open', async ({ page }) => {
    await openCalculator(page);
    await chooseCountry(page, 'CA');
    await expect(page.getByRole('heading', { name: 'Offers in your country: Canada' })).toBeVisible();
    await expect(offer(page, 'New Surface devices at nonprofit prices')).toHaveText('Available');
    await expect(offer(page, 'Refurbished Surface devices')).toHaveText('Available');
    await expect(offer(page, 'Topping up Azure in Open credit by credit card')).toHaveText('Not available');
    await expect(page.getByText('Here, Azure in Open credit can be added only by buying new credit from a partner.')).toBeVisible();
  });

  test('Norway: neither Surface offer; the choice survives a share link', async ({ page, browser }) => {
    await openCalculator(page);
    await chooseCountry(page, 'NO');
    await expect(offer(page, 'New Surface devices at nonprofit prices')).toHaveText('Not available');
    await expect(offer(page, 'Refurbished Surface devices')).toHaveText('Not available');
    await expect(page).toHaveURL(/co=NO/);

    const fresh = await browser.newContext({ locale: 'de-DE' });
    const other = await fresh.newPage();
    await openCalculator(other, page.url());
    await expect(other.getByLabel('Country', { exact: true })).toHaveValue('NO');
    await revealIsland(other, 'Programme');
    await expect(other.getByRole('heading', { name: 'Offers in your country: Norway' })).toBeVisible();
    await fresh.close();
  });

  test('the country is preselected from the browser language region, and only from it', async ({ browser }) => {
    for (const [locale, expected] of [['nb-NO', 'NO'], ['de-CH', 'CH'], ['en-GB', 'GB']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await openCalculator(page);
      await expect(page.getByLabel('Country', { exact: true })).toHaveValue(expected);
      await context.close();
    }
  });

  test('the country picker works from the keyboard alone', async ({ page }) => {
    await openCalculator(page);
    await page.getByLabel('Country', { exact: true }).focus();
    await page.keyboard.type('Canad');
    await expect(page.getByLabel('Country', { exact: true })).toHaveValue('CA');
    await revealIsland(page, 'Programme');
    await expect(page.getByRole('heading', { name: 'Offers in your country: Canada' })).toBeVisible();
  });

  test('the programme panels have no accessibility violations', async ({ page }) => {
    await openCalculator(page);
    await chooseCountry(page, 'CA');
    await page.getByText('Who may get grants and discounts').click();
    await page.getByLabel('Of these, users active in the last 90 days').fill('3');
    await revealIsland(page, 'Outlook');
    await revealIsland(page, 'EmbedSection');
    await expect(page.getByRole('heading', { name: 'Offers in your country: Canada' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('programme rules', () => {
  test('who may get grants is explained in the organisation section, with the portal licence', async ({ page }) => {
    await openCalculator(page);
    await page.getByText('Who may get grants and discounts').click();
    const table = page.getByRole('table', { name: 'Who may receive nonprofit licences' });
    await expect(table.getByRole('row')).toHaveText([/Person.*Grant.*Discount/, /Paid staff and unpaid leaders\s*Yes\s*Yes/, /Volunteers\s*No\s*Yes/, /Programme participants, members, donors\s*No\s*No/]);
    await expect(page.getByText(/"Non-Profit-Portal" licence .* is not a seat to count or buy/)).toBeVisible();
  });

  test('the 85 % checker is prefilled with the granted seats and says what to do', async ({ page }) => {
    await openCalculator(page, '/?v=1&s=25&vo=0&c=d&d=2023-01-10&l=m365-business-premium.f.0&l=power-apps-per-app.12.0');
    // 10 Business Premium seats and 10 Power Apps seats are granted.
    await revealIsland(page, 'Programme');
    await expect(page.getByLabel('Granted licences assigned')).toHaveValue('20');
    const active = page.getByLabel('Of these, users active in the last 90 days');
    await active.fill('17');
    await expect(page.locator('.result')).toHaveText('85% of granted licences are in active use. This meets the rule.');
    await active.fill('16');
    await expect(page.locator('.result')).toHaveText(
      '80% of granted licences are in active use. This is below the rule. Either 1 more user needs to become active, or release 2 unused granted licences.',
    );
    await page.getByLabel('Granted licences assigned').fill('0');
    await expect(page.locator('.result')).toHaveText('Active users cannot be more than the licences assigned; the check uses the last valid figures.');
  });

  test('Windows 11 Pro through TechSoup: 50 granted, the rest named, fees totalled exactly', async ({ page }) => {
    await openCalculator(page);
    await revealIsland(page, 'Programme');
    await page.getByLabel('Windows 11 Pro licences needed').fill('64');
    await expect(page.locator('[data-field="windows-total"]')).toHaveText('Enter the fee to see the total.');
    const fee = page.getByLabel('Admin fee per licence, in your currency');
    await fee.fill('12,50');
    await expect(page.locator('#windows-fee-error')).toContainText('Use a point for decimals, such as 12.50.');
    await fee.fill('12.5');
    await expect(page.locator('[data-field="windows-granted"]')).toHaveText('50');
    await expect(page.locator('[data-field="windows-total"]')).toHaveText('625.00');
    await expect(page.locator('[data-field="windows-over"]')).toHaveText('14 licences are over the limit of 50: buy them at a discount through a Microsoft partner.');
    await expect(page.getByText('Office Standard', { exact: true })).toBeVisible();
  });
});
