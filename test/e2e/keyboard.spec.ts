import { lineCard, openCalculator, total } from '../support/calculator';
import { expect, test } from '../support/fixtures';

test('the whole flow works from the keyboard alone', async ({ page }) => {
  await openCalculator(page);
  // Focus moves when the page has re-rendered, so each check waits for it rather than reading it once.
  const focused = (id: string) => page.locator(`#${id}`);

  // Skip link, then into the organisation fields.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the calculation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(focused('org-staff')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(focused('org-volunteers')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');

  // Past "Who may get grants", to the country: typing its first letters picks it.
  await page.keyboard.press('Tab');
  await expect(page.getByText('Who may get grants and discounts')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused('org-country')).toBeFocused();
  await page.keyboard.type('Norw');
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('NO');

  // Channel by arrow keys.
  await page.keyboard.press('Tab');
  await expect(focused('channel-direct')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Enterprise Agreement')).toBeChecked();

  // Remove the first line, then add Dynamics 365 from the picker.
  await page.getByRole('button', { name: 'Remove Microsoft 365 Business Premium' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Add a product')).toBeFocused();
  await page.getByLabel('Add a product').selectOption('dynamics-365-sales-professional');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(focused('line-dynamics-365-sales-professional-staff')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4');

  await expect(lineCard(page, 'dynamics-365-sales-professional').locator('[data-field="nonprofitMonthly"]')).toHaveText('$65.00');
  await expect(total(page, 'nonprofitMonthly')).not.toHaveText('');
});
