import { lineCard, openCalculator, total } from '../support/calculator';
import { expect, test } from '../support/fixtures';

test('the whole flow works from the keyboard alone', async ({ page }) => {
  await openCalculator(page);
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');

  // Skip link, then into the organisation fields.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the calculation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('org-staff');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('org-volunteers');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');

  // Past "Who may get grants", to the country: typing its first letters picks it.
  await page.keyboard.press('Tab');
  await expect(page.getByText('Who may get grants and discounts')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('org-country');
  await page.keyboard.type('Norw');
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('NO');

  // Channel by arrow keys.
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('channel-direct');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Enterprise Agreement')).toBeChecked();

  // Remove the first line, then add Dynamics 365 from the picker.
  await page.getByRole('button', { name: 'Remove Microsoft 365 Business Premium' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Add a product')).toBeFocused();
  await page.getByLabel('Add a product').selectOption('dynamics-365-sales-professional');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await focused()).toBe('line-dynamics-365-sales-professional-staff');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4');

  await expect(lineCard(page, 'dynamics-365-sales-professional').locator('[data-field="nonprofitMonthly"]')).toHaveText('$65.00');
  await expect(total(page, 'nonprofitMonthly')).not.toHaveText('');
});
