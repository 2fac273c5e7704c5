import { indicativeAmount } from '../../src/i18n/converted';
import { rate as deRate } from '../../src/i18n/de/rate';
import { rate as nbRate } from '../../src/i18n/nb/rate';
import { calculator } from '../../src/i18n/de/calculator';
import { waitForCalculator } from '../support/calculator';
import { expect, test } from '../support/fixtures';

const STATE = 'v=2&c=d&d=2024-03-05&co=US&t=y&g=12.1.m365-business-premium..';
const converted = '.totals-panel [data-total="nonprofitMonthly"] dd.converted-total';

test.describe('the indicative amount in the user’s currency', () => {
  test('a link with a rate shows each total also in that currency, marked as the user’s estimate', async ({ page }) => {
    await page.goto(`/nb/?${STATE}&fx=NOK.10.80`);
    await waitForCalculator(page);
    await expect(page.locator(converted)).toHaveText(`≈ ${indicativeAmount('nb', '11.00', { currency: 'NOK', rate: '10.80' })} (${nbRate.estimate})`);
    await expect(page.getByText(nbRate.note)).toBeVisible();
  });

  test('on the German page the user picks euros by default, types a rate with a decimal comma, and the link keeps it', async ({ page }) => {
    await page.goto(`/de/?${STATE}`);
    await waitForCalculator(page);
    await page.getByText(calculator.inYourCurrency).click();
    await expect(page.locator('#rate-currency')).toHaveValue('EUR');
    await page.locator('#rate-value').fill('0.92');
    await expect(page.getByText(deRate.problems['decimal-mark'])).toBeVisible();
    await page.locator('#rate-value').fill('0,92');
    await expect(page.locator(converted)).toHaveText(`≈ ${indicativeAmount('de', '11.00', { currency: 'EUR', rate: '0.92' })} (${deRate.estimate})`);
    await expect(page).toHaveURL(/&fx=EUR\.0\.92/);
  });
});
