import { lineCard, openCalculator, total } from '../support/calculator';
import { expect, test } from '../support/fixtures';

test('the whole flow works from the keyboard alone', async ({ page }) => {
  await openCalculator(page);
  // Focus moves when the page has re-rendered, so each check waits for it rather than reading it once.
  const focused = (id: string) => page.locator(`#${id}`);

  // Skip link, then into the first group: its name, then its people.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the calculation' })).toBeFocused();
  await page.keyboard.press('Enter');
  // First the way to another scenario, then the first group.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Compare another way of buying' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused('group-g1-name')).toBeFocused();
  await page.keyboard.type('Office');
  await page.keyboard.press('Tab');
  await expect(focused('group-g1-people')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await expect(page.locator('#group-g1-title')).toHaveText('Office');

  // The grant box and the suite: space ticks, typing picks an option.
  await page.keyboard.press('Tab');
  await expect(focused('group-g1-grant')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused('group-g1-suite')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused('group-g1-dynamics-365-sales-professional')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(lineCard(page, 'dynamics-365-sales-professional').locator('[data-field="paidSeats"]')).toHaveText('12');

  // Split off 4 people: open the details, type the count, press the button; focus lands in the new group.
  await page.locator('li.group').first().locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(focused('group-g1-split')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(focused('group-g3-name')).toBeFocused();
  await expect(page.locator('#group-g1-people')).toHaveValue('8');
  await expect(page.locator('#group-g3-people')).toHaveValue('4');

  // Remove the volunteers: focus goes to "Add a group"; Enter adds one and focuses its name.
  await page.getByRole('button', { name: 'Remove Volunteers' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add a group' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('li.group input[type="text"][id$="-name"]').last()).toBeFocused();

  // Channel by arrow keys.
  await page.locator('#channel-direct').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Enterprise Agreement')).toBeChecked();
  await expect(total(page, 'nonprofitMonthly')).not.toHaveText('');
});
