import { addGroup, groupCard, lineCard, openCalculator, setDate, setGroup, total } from '../support/calculator';
import { expect, test } from '../support/fixtures';

test.describe('share links', () => {
  test('a copied link reopens the same calculation in a fresh browser', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openCalculator(page);
    await setDate(page, 'Date of the estimate', '2024-03-05');
    await page.getByLabel('Enterprise Agreement').check();
    await setGroup(page, 0, { people: 30 });
    await groupCard(page, 0).getByLabel('Name').fill('Office & field staff');
    await groupCard(page, 0).getByLabel('Name').press('Tab');
    await addGroup(page, { people: 2, suite: 'm365-business-standard', addOns: ['dynamics-365-sales-professional'] });
    await page.getByLabel('Billing term').selectOption('annual-monthly');
    await expect(page).toHaveURL(/t=ym&g=30\.1\.m365-business-premium\.\.Office%20%26%20field%20staff&g=40\.0\.guest\.\.&g=2\.0\.m365-business-standard\.dynamics-365-sales-professional\./);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const expected = await total(page, 'nonprofitMonthly').textContent();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openCalculator(other, link);
    await expect(total(other, 'nonprofitMonthly')).toHaveText(expected!);
    await expect(groupCard(other, 0).getByLabel('People', { exact: true })).toHaveValue('30');
    await expect(groupCard(other, 0).locator('.group-title')).toHaveText('Office & field staff');
    await expect(other.getByLabel('Billing term')).toHaveValue('annual-monthly');
    await expect(other.getByLabel('Enterprise Agreement')).toBeChecked();
    await expect(other.getByLabel('Date of the estimate', { exact: true })).toHaveValue('2024-03-05');
    await expect(lineCard(other, 'dynamics-365-sales-professional').locator('[data-field="paidSeats"]')).toHaveText('2');
    await expect(other.locator('.notices')).toHaveCount(0);
    await fresh.close();
  });

  test('without a link, the last calculation comes back on the next visit', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 0, { people: 7 });
    await expect(page).toHaveURL(/g=7\.1\./);
    await openCalculator(page, '/');
    await expect(groupCard(page, 0).getByLabel('People', { exact: true })).toHaveValue('7');
  });

  test('broken saved data is discarded with a notice, never a blank page', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('npmcc:state', '{"not":"ours"}&s=-1'));
    await openCalculator(page);
    await expect(page.locator('[data-notice="storage-discarded"]')).toHaveText(
      'Your estimate saved in this browser could not be read at all, so the calculator starts from its usual example.',
    );
    await expect(total(page, 'nonprofitMonthly')).not.toBeEmpty();
  });

  const hostile = [
    ['a script in a value', '/?v=1&s=%3Cscript%3Ealert(1)%3C%2Fscript%3E&vo=3', 'The link\'s "paid staff and unpaid leaders" value "<script>alert(1)</script>" is not a number of people, so the estimate keeps the value it had.'],
    ['markup as a product', '/?v=1&l=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.1.1&l=m365-e3.2.0', 'The link names a product "<img src=x onerror=alert(1)>" the calculator does not know (it may have been withdrawn), so that line was dropped.'],
    ['huge numbers', '/?v=1&s=1e999&vo=99999999999&l=o365-e3.1000001.0', 'The link\'s "paid staff and unpaid leaders" value "1e999" is not a number of people, so the estimate keeps the value it had.'],
    ['unknown keys', '/?v=1&s=4&__proto__=x&constructor=y', 'The link has a setting "__proto__" that this calculator does not know, so it was ignored.'],
    ['a future version', '/?v=99&s=5', 'This link comes from a newer version of the calculator (v=99); some settings may have been left out.'],
  ] as const;

  for (const [name, link, message] of hostile) {
    test(`a hostile link with ${name} opens the calculator with a notice and runs nothing`, async ({ page }) => {
      await openCalculator(page, link);
      await expect(page.locator('.notices li').first()).toHaveText(message);
      await expect(page.locator('main img')).toHaveCount(0);
      await expect(total(page, 'nonprofitMonthly')).not.toBeEmpty();
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.locator('.notices')).toHaveCount(0);
    });
  }

  test('a bad value is told with what the estimate uses instead', async ({ page }) => {
    await openCalculator(page, '/?v=2&c=zz&t=weekly&g=3.1.m365-e3..');
    await expect(page.locator('.notices li')).toHaveText([
      'The link\'s "how you buy" value "zz" is not one we know, so the estimate uses Direct or CSP partner.',
      'The link\'s "billing term" value "weekly" is not one we know, so the estimate uses Annual commitment, paid yearly.',
    ]);
  });

  test('the valid parts of a damaged link are kept', async ({ page }) => {
    await openCalculator(page, '/?v=1&s=-5&vo=12&c=ea&d=2023-01-10&l=m365-e3.3.0&l=evil.1.1');
    // Converted into groups: 3 staff on E3, the other 22 staff without a suite, 12 volunteers.
    for (const [index, people] of [[0, '3'], [1, '22'], [2, '12']] as const) {
      await expect(groupCard(page, index).getByLabel('People', { exact: true })).toHaveValue(people);
    }
    await expect(page.getByLabel('Enterprise Agreement')).toBeChecked();
    await expect(lineCard(page, 'm365-e3').locator('[data-field="nonprofitMonthly"]')).toHaveText('$27.00');
    await expect(page.locator('.notices li')).toHaveText([
      'The link\'s "paid staff and unpaid leaders" value "-5" is not a number of people, so the estimate keeps the value it had.',
      'The link names a product "evil" the calculator does not know (it may have been withdrawn), so that line was dropped.',
    ]);
    // Restoring fewer lines than the default is not the user removing one: focus stays put.
    await expect(page.locator('body')).toBeFocused();
  });
});
