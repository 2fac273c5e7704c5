import type { Page } from '@playwright/test';
import { groupCard, openCalculator, setGroup, total } from '../support/calculator';
import { axeViolations, expect, test } from '../support/fixtures';

/** Opens the "Your estimates" panel and waits for its words. */
async function openPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Your estimates', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your estimates' })).toBeVisible();
}

/** Saves the current estimate under a name with the panel's form. */
async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name for this estimate').fill(name);
  await page.getByRole('button', { name: 'Save this estimate' }).click();
  await expect(page.locator('.estimates-status')).toHaveText(`Saved as “${name}”.`);
}

/** The people field of the first group. */
const people = (page: Page) => groupCard(page, 0).getByLabel('People', { exact: true });

test.describe('named estimates', () => {
  test('two saved estimates survive a reload, each opens with its own total, and one is renamed and one deleted, undone and deleted again', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 0, { people: 7 });
    await expect(page).toHaveURL(/g=7\.1\./);
    const small = await total(page, 'nonprofitMonthly').textContent();
    await openPanel(page);
    await saveAs(page, 'Small office');
    await setGroup(page, 0, { people: 60 });
    await expect(page).toHaveURL(/g=60\.1\./);
    const large = await total(page, 'nonprofitMonthly').textContent();
    expect(large).not.toBe(small);
    await saveAs(page, 'Whole team');

    await openCalculator(page, '/');
    await openPanel(page);
    await expect(page.locator('.saved-name')).toHaveText(['Whole team', 'Small office']);
    await page.getByRole('button', { name: 'Open “Small office”' }).click();
    await expect(people(page)).toHaveValue('7');
    await expect(total(page, 'nonprofitMonthly')).toHaveText(small!);
    await page.getByRole('button', { name: 'Open “Whole team”' }).click();
    await expect(total(page, 'nonprofitMonthly')).toHaveText(large!);

    await page.getByRole('button', { name: 'Rename “Small office”' }).click();
    await page.getByLabel('New name for “Small office”').fill('Board, March');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: 'Delete “Whole team”' }).click();
    await expect(page.locator('.saved-name')).toHaveText(['Board, March']);
    // Undo puts it back in its place, and focus on it; deleting it again sticks.
    await expect(page.locator('.estimates-status')).toContainText('Deleted “Whole team”.');
    await expect(page.getByRole('button', { name: 'Undo deleting “Whole team”' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.saved-name')).toHaveText(['Whole team', 'Board, March']);
    await expect(page.locator('.estimates-status')).toHaveText('“Whole team” is back in your estimates.');
    await expect(page.getByRole('button', { name: 'Open “Whole team”' })).toBeFocused();
    await page.getByRole('button', { name: 'Delete “Whole team”' }).click();
    await expect(page.locator('.saved-name')).toHaveText(['Board, March']);
    await openCalculator(page, '/');
    await openPanel(page);
    await expect(page.locator('.saved-name')).toHaveText(['Board, March']);
  });

  test('Start over clears the estimate, and Undo restores exactly what was there', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 0, { people: 12, suite: 'm365-e3' });
    await page.getByLabel('Billing term').selectOption('monthly');
    await expect(page).toHaveURL(/t=m&g=12\.1\.m365-e3\./);
    const before = page.url();
    await openPanel(page);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await expect(page.locator('.undo-status')).toContainText('The estimate was cleared.');
    await expect(people(page)).toHaveValue('25');
    await expect(page).not.toHaveURL(before);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.undo-status')).toHaveText('Your estimate is back as it was.');
    await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
    await expect(people(page)).toHaveValue('12');
    await expect(page).toHaveURL(before);
  });
});

test.describe('never losing the user\'s work', () => {
  test('a shared link opens beside the remembered estimate and leaves it as it was', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 0, { people: 77 });
    await expect(page).toHaveURL(/g=77\.1\./);
    const mine = await total(page, 'nonprofitMonthly').textContent();

    await openCalculator(page, '/?v=2&c=d&t=y&g=3.1.m365-business-premium..');
    await expect(people(page)).toHaveValue('3');
    await expect(page.locator('[data-shared-estimate]')).toContainText('You opened a shared estimate. Your own estimate is kept');
    await expect(page.getByRole('button', { name: 'Go back to my own estimate' })).toBeVisible();

    await openCalculator(page, '/');
    await expect(people(page)).toHaveValue('77');
    await expect(total(page, 'nonprofitMonthly')).toHaveText(mine!);
    await expect(page.locator('[data-shared-estimate]')).toHaveCount(0);
  });

  test('going back from a shared link brings the own estimate; changing the shared one saves the own one first', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 0, { people: 77 });
    await expect(page).toHaveURL(/g=77\.1\./);
    await openCalculator(page, '/?v=2&g=3.1.m365-business-premium..');
    await page.getByRole('button', { name: 'Go back to my own estimate' }).click();
    await expect(people(page)).toHaveValue('77');

    await openCalculator(page, '/?v=2&g=3.1.m365-business-premium..');
    await setGroup(page, 0, { people: 4 });
    await expect(page.locator('[data-shared-estimate]')).toContainText('The shared estimate is now the one this browser remembers. Your own is in your estimates as “My estimate before a shared link');
    await openCalculator(page, '/');
    await expect(people(page)).toHaveValue('4');
    await openPanel(page);
    await page.getByRole('button', { name: /^Open “My estimate before a shared link/ }).click();
    await expect(people(page)).toHaveValue('77');
  });

  test('a saved estimate with one product the book no longer knows keeps the rest, with a notice', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('npmcc:state', 'v=2&c=d&t=y&g=30.1.m365-business-premium.retired-add-on.Office&g=5.0.guest..'));
    await openCalculator(page);
    await expect(people(page)).toHaveValue('30');
    await expect(groupCard(page, 1).getByLabel('People', { exact: true })).toHaveValue('5');
    await expect(page.locator('.notices li')).toHaveText([
      'Your estimate saved in this browser is back, but part of it could not be read:',
      'The saved estimate names a product "retired-add-on" the calculator does not know (it may have been withdrawn), so its group is kept without it.',
    ]);
    await expect(total(page, 'nonprofitMonthly')).not.toBeEmpty();
  });

  test('a browser whose storage throws still calculates and says once that nothing will be remembered', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await openCalculator(page);
    await expect(page.locator('[data-storage-refused]')).toHaveText(/nothing will be remembered here/);
    await expect(page.locator('[data-storage-refused]')).toHaveCount(1);
    const before = await total(page, 'nonprofitMonthly').textContent();
    await setGroup(page, 0, { people: 90 });
    await expect(total(page, 'nonprofitMonthly')).not.toHaveText(before!);
    await page.locator('[data-storage-refused]').getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('[data-storage-refused]')).toHaveCount(0);
  });
});

test.describe('the estimates panel by keyboard and for assistive technology', () => {
  test('can be used with the keyboard alone: open, save, rename, delete and undo', async ({ page }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: 'Your estimates', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Your estimates', exact: true })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByLabel('Name for this estimate')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Name for this estimate')).toBeFocused();
    await page.keyboard.type('Keyboard plan');
    await page.keyboard.press('Enter');
    await expect(page.locator('.saved-name')).toHaveText(['Keyboard plan']);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save this estimate' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Open “Keyboard plan”' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('New name for “Keyboard plan”')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Renamed plan');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Rename “Renamed plan”' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('.saved-estimate')).toHaveCount(0);
    // The deleted item's focus goes to Undo, which brings the estimate back and the focus onto it.
    await expect(page.getByRole('button', { name: 'Undo deleting “Renamed plan”' })).toBeFocused();
    expect(await axeViolations(page, { include: '#estimates-panel' })).toEqual([]);
    await expect(page.getByRole('button', { name: 'Undo deleting “Renamed plan”' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Open “Renamed plan”' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('.saved-estimate')).toHaveCount(0);
  });

  test('is axe clean when open with a saved estimate and a shared link beside the own estimate', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 0, { people: 77 });
    await expect(page).toHaveURL(/g=77\.1\./);
    await openCalculator(page, '/?v=2&g=3.1.m365-business-premium..');
    await expect(page.locator('[data-shared-estimate]')).toBeVisible();
    await openPanel(page);
    await saveAs(page, 'For the board');
    expect(await axeViolations(page)).toEqual([]);
  });
});
