import { addProduct, lineCard, openCalculator, removeAllLines, revealIsland, setDate, total } from '../support/calculator';
import { expect, test } from '../support/fixtures';

test.describe('calculator', () => {
  test('Business Premium for 25 staff costs $82.50 a month while the grant lasts', async ({ page }) => {
    await openCalculator(page);
    await removeAllLines(page);
    await expect(page.getByText('No products yet')).toBeVisible();
    await setDate(page, 'Date of the estimate', '2025-01-10');
    await page.getByLabel('Paid staff and unpaid leaders').fill('25');
    await page.getByLabel('Volunteers').fill('0');
    await addProduct(page, 'm365-business-premium');

    const card = lineCard(page, 'm365-business-premium');
    await expect(card.locator('[data-field="grantedSeats"]')).toHaveText('10');
    await expect(card.locator('[data-field="paidSeats"]')).toHaveText('15');
    await expect(card.locator('[data-field="nonprofitMonthly"]')).toHaveText('$82.50');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$82.50');
    await expect(total(page, 'savingsPercent')).toHaveText('85%');
    await expect(card.getByRole('link', { name: 'Microsoft Nonprofits FAQ' })).toBeVisible();
  });

  test('today, direct, the retired grant is explained beside the line', async ({ page }) => {
    await openCalculator(page);
    const card = lineCard(page, 'm365-business-premium');
    await expect(card.locator('[data-issue="grant-not-in-channel"]')).toContainText('only available under an Enterprise Agreement');
    await page.getByLabel('Enterprise Agreement').check();
    await expect(card.locator('[data-field="grantedSeats"]')).toHaveText('10');
    await expect(card.locator('[data-issue]')).toHaveCount(0);
  });

  test('prices a mixed organisation and updates as lines are edited and removed', async ({ page }) => {
    await openCalculator(page);
    await setDate(page, 'Date of the estimate', '2023-01-10');
    // The default selection: Business Premium for 25 staff, E1 for 40 volunteers, Power Apps for 12.
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$187.50');
    await expect(total(page, 'savingsAnnual')).toHaveText('$9,870.00');

    await lineCard(page, 'power-apps-per-app').getByLabel('Staff seats').fill('20');
    await expect(lineCard(page, 'power-apps-per-app').locator('[data-field="nonprofitMonthly"]')).toHaveText('$25.00');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$207.50');

    await page.getByRole('button', { name: 'Remove Office 365 E1' }).click();
    await expect(lineCard(page, 'o365-e1')).toHaveCount(0);
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$107.50');
    await expect(page.getByLabel('Add a product')).toBeFocused();
  });

  test('lines follow the organisation counts until edited', async ({ page }) => {
    await openCalculator(page);
    await page.getByLabel('Paid staff and unpaid leaders').fill('30');
    await expect(lineCard(page, 'm365-business-premium').getByLabel('Staff seats')).toHaveValue('30');
    await expect(lineCard(page, 'power-apps-per-app').getByLabel('Staff seats')).toHaveValue('12');
  });

  test('frontline plans are listed with the reason and priced as not available', async ({ page }) => {
    await openCalculator(page);
    await expect(page.locator('#add-product option[value="m365-f1"]')).toHaveText('Microsoft 365 F1 (no published nonprofit price)');
    await addProduct(page, 'm365-f1');
    await expect(lineCard(page, 'm365-f1').locator('[data-issue="no-nonprofit-price"]')).toContainText('Ask a Microsoft partner');
  });

  test('Business Basic over 300 seats shows the cap and the Office 365 E1 hint in place', async ({ page }) => {
    await openCalculator(page);
    await addProduct(page, 'm365-business-basic');
    const card = lineCard(page, 'm365-business-basic');
    await card.getByLabel('Staff seats').fill('350');
    await card.getByLabel('Volunteer seats').fill('0');
    await expect(card.locator('[data-issue="over-seat-cap"]')).toHaveText(
      'Microsoft 365 Business Basic is limited to 300 seats per organisation; this line has 350. Office 365 E1 has the same core features without the cap.',
    );
  });

  test('the 1 Sept 2022 panel for a subscription renewing on 1 November', async ({ page }) => {
    await openCalculator(page);
    await removeAllLines(page);
    await setDate(page, 'Date of the estimate', '2022-09-15');
    await addProduct(page, 'm365-business-premium');
    await lineCard(page, 'm365-business-premium').getByLabel('Volunteer seats').fill('0');
    await page.getByLabel('We already have an annual subscription').check();
    await setDate(page, 'Next renewal date', '2022-11-01');

    await expect(total(page, 'nonprofitMonthly')).toHaveText('$75.00');
    await revealIsland(page, 'Outlook');
    const panel = page.getByRole('region', { name: 'What changed on 1 September 2022' });
    const row = panel.locator('tr[data-product="m365-business-premium"]');
    await expect(row.locator('td')).toHaveText(['$75.00', '$82.50', '$7.50']);
    await expect(page.getByText('Your subscription gets the new prices at its renewal on November 1, 2022.')).toBeVisible();
    await expect(page.getByText('At the renewal on November 1, 2022 the monthly cost goes from $75.00 to $82.50.')).toBeVisible();
    await expect(page.locator('[data-change="2025-07-01"]')).toContainText('Microsoft 365 Business Premium: granted seats 10 → 0');
  });

  test.describe('bad input keeps the last result and says what is wrong', () => {
    for (const [text, message] of <[string, string][]>[
      ['abc', 'Use digits only, such as 25.'],
      ['-4', 'Seats cannot be negative.'],
      ['2.5', 'Seats are whole licences: use a whole number.'],
      ['2000000', 'That is more than 1,000,000 seats.'],
      ['', 'Enter a number of seats, such as 25.'],
    ]) {
      test(`organisation staff "${text}"`, async ({ page }) => {
        await openCalculator(page);
        const before = await total(page, 'nonprofitMonthly').textContent();
        const field = page.getByLabel('Paid staff and unpaid leaders');
        await field.fill(text);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(page.locator('#org-staff-error')).toHaveText(`${message} The results still use 25.`);
        await expect(total(page, 'nonprofitMonthly')).toHaveText(before!);
        await expect(page.getByLabel('Volunteers')).toHaveValue('40');
        await field.fill('26');
        await expect(page.locator('#org-staff-error')).toHaveCount(0);
      });
    }

    test('line seats and volunteers', async ({ page }) => {
      await openCalculator(page);
      const card = lineCard(page, 'power-apps-per-app');
      await card.getByLabel('Staff seats').fill('1x');
      await expect(card.locator('.field-error')).toHaveText('Use digits only, such as 25. The results still use 12.');
      await page.getByLabel('Volunteers').fill('-1');
      await expect(page.locator('#org-volunteers-error')).toContainText('Seats cannot be negative.');
      await expect(card.getByLabel('Staff seats')).toHaveValue('1x');
    });

    test('a date before the price book', async ({ page }) => {
      await openCalculator(page);
      const before = await total(page, 'nonprofitMonthly').textContent();
      await setDate(page, 'Date of the estimate', '2019-05-01');
      await expect(page.locator('#org-as-of-error')).toContainText('The price book starts on January 1, 2021; choose a later date.');
      await expect(total(page, 'nonprofitMonthly')).toHaveText(before!);
    });
  });
});
