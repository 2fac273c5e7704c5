import { addGroup, groupCard, lineCard, openCalculator, removeAllGroups, revealIsland, setDate, setGroup, total } from '../support/calculator';
import { axeViolations, expect, test } from '../support/fixtures';

/** Today's sample link of format v=1, dated 10 January 2023: 25 staff on Business Premium, 12 of them with Power Apps, 40 volunteers on E1. */
const SAMPLE_2023 = '/?v=1&s=25&vo=40&c=d&d=2023-01-10&l=m365-business-premium.f.0&l=o365-e1.0.f&l=power-apps-per-app.12.0';

test.describe('calculator', () => {
  test('Business Premium for 25 staff costs $82.50 a month while the grant lasts', async ({ page }) => {
    await openCalculator(page);
    await removeAllGroups(page);
    await expect(page.getByText('No product yet')).toBeVisible();
    await setDate(page, 'Date of the estimate', '2025-01-10');
    await addGroup(page, { people: 25, grantEligible: true, suite: 'm365-business-premium' });

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
    await expect(card.locator('[data-issue="grant-not-in-channel"]')).toContainText('Microsoft 365 Business Premium has no grant when bought directly or through a CSP partner, so every staff seat is paid here. A grant of 10 seats is still listed under an Enterprise Agreement, but no source confirms it there now.');
    await page.getByLabel('Enterprise Agreement').check();
    await expect(card.locator('[data-field="grantedSeats"]')).toHaveText('10');
    await expect(card.locator('[data-issue]')).toHaveCount(0);
  });

  test('14 staff on Business Premium and 30 volunteers on Business Standard, from an empty estimate', async ({ page }) => {
    await openCalculator(page);
    await removeAllGroups(page);
    await addGroup(page, { people: 14, grantEligible: true, suite: 'm365-business-premium' });
    await addGroup(page, { people: 30, suite: 'm365-business-standard' });
    await expect(page.locator('[data-coverage] [data-field="people"]')).toHaveText('44 people in all.');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$167.00');
    await expect(total(page, 'nonprofitAnnual')).toHaveText('$2,004.00');
    await expect(lineCard(page, 'm365-business-standard').locator('[data-field="paidSeats"]')).toHaveText('30');
    // The list price a month: 14 × $22.00 + 30 × $14.00.
    await expect(total(page, 'commercialMonthly')).toHaveText('$728.00');
  });

  test('the sample of today opens from its v=1 link as groups, with the same numbers, and updates as groups change', async ({ page }) => {
    await openCalculator(page, SAMPLE_2023);
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$187.50');
    await expect(total(page, 'savingsAnnual')).toHaveText('$9,870.00');
    await expect(page.locator('li.group')).toHaveCount(3);

    // Power Apps for 8 more staff: split them off the group without it and tick the add-on.
    await groupCard(page, 1).getByText('Split off', { exact: true }).click();
    await groupCard(page, 1).getByLabel('People to split off').fill('8');
    await groupCard(page, 1).getByRole('button', { name: /^Split / }).click();
    await expect(page.locator('li.group')).toHaveCount(4);
    await setGroup(page, 2, { addOns: ['power-apps-per-app'] });
    await expect(lineCard(page, 'power-apps-per-app').locator('[data-field="nonprofitMonthly"]')).toHaveText('$25.00');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$207.50');

    await groupCard(page, 3).getByRole('button', { name: /^Remove / }).click();
    await expect(lineCard(page, 'o365-e1')).toHaveCount(0);
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$107.50');
    await expect(page.getByRole('button', { name: 'Add a group' })).toBeFocused();
  });

  test('seats per product follow the groups: a product is never typed twice', async ({ page }) => {
    await openCalculator(page);
    await page.getByLabel('Enterprise Agreement').check();
    await setGroup(page, 0, { people: 30 });
    await expect(lineCard(page, 'm365-business-premium').locator('[data-field="paidSeats"]')).toHaveText('20');
    await setGroup(page, 1, { suite: '' });
    await expect(page.locator('[data-field="without-suite"]')).toHaveText('40 people without a suite: Volunteers.');
  });

  test('frontline plans are listed with the reason and priced as not available', async ({ page }) => {
    await openCalculator(page);
    await expect(groupCard(page, 0).locator('option[value="m365-f1"]')).toHaveText('Microsoft 365 F1 (no published nonprofit price)');
    await setGroup(page, 1, { suite: 'm365-f1' });
    await expect(lineCard(page, 'm365-f1').locator('[data-issue="no-nonprofit-price"]')).toContainText('Ask a Microsoft partner');
  });

  test('400 staff on Business Premium: the totals name the cap and apply the proposed alternative in one action', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 0, { people: 400 });
    const caps = page.locator('.totals-panel [data-caps]');
    await expect(caps.locator('[data-issue="over-product-cap"]')).toHaveText(
      '100 people cannot be covered by Microsoft 365 Business Premium: it is limited to 300 seats per organisation.',
    );
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$1,650.00');
    await expect(caps.locator('[data-proposal]')).toContainText('Adds $900.00 a month, $10,800.00 a year.');
    await caps.getByRole('button', { name: 'Use Microsoft 365 E3 for them' }).click();
    await expect(caps).toHaveCount(0);
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$2,550.00');
    await expect(lineCard(page, 'm365-e3').locator('[data-field="paidSeats"]')).toHaveText('100');
  });

  test('250 on Business Premium and 100 on Business Basic: the totals say the Business plans share one cap', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 0, { people: 250 });
    await setGroup(page, 1, { people: 100, grantEligible: true, suite: 'm365-business-basic' });
    await expect(page.locator('.totals-panel [data-issue="over-tenant-cap"]')).toHaveText(
      '50 people cannot be covered by Business plans: at most 300 across Business Basic, Standard and Premium together.',
    );
  });

  test('the billing term: 25 on Business Premium on a monthly term cost $165.00 a month', async ({ page }) => {
    await openCalculator(page);
    await setGroup(page, 1, { suite: 'guest' });
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$137.50');
    await page.getByLabel('Billing term').selectOption('monthly');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$165.00');
    await expect(page.locator('#org-term-hint')).toContainText('No commitment beyond the month: 20 % more.');
    await page.getByLabel('Billing term').selectOption('annual-monthly');
    await expect(page.locator('#org-term-hint')).toContainText('No source says whether this surcharge applies to nonprofit prices');
  });

  test('an old link says its prices are of its date, and one action moves it to today', async ({ page }) => {
    await openCalculator(page, '/?v=2&c=d&d=2026-03-10&t=y&g=25.1.m365-business-premium..');
    const notice = page.locator('[data-past-estimate]');
    await expect(notice).toContainText("Prices as of March 10, 2026. Use today's prices?");
    await notice.getByRole('button', { name: "Use today's prices" }).click();
    await expect(notice).toHaveCount(0);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await expect(page.getByLabel('Date of the estimate', { exact: true })).toHaveValue(today);
  });

  test("a v=1 link from today's page opens with the numbers it had", async ({ page }) => {
    await openCalculator(page, '/?v=1&s=25&vo=40&c=d&d=2026-11-23&l=m365-business-premium.f.0&l=o365-e1.0.f&l=power-apps-per-app.12.0');
    await expect(total(page, 'nonprofitMonthly')).toHaveText('$242.50');
    await expect(page.locator('.notices')).toHaveCount(0);
  });

  test('every dated change in money: the 2025 grant retirement costs 14 staff $660.00 a year; the 2026 list prices leave the bill alone', async ({ page }) => {
    // 14 staff on Business Premium and 10 board members on Business Basic (granted), renewing on 15 July.
    await openCalculator(page, '/?v=2&c=d&d=2025-08-01&r=07-15&t=y&g=14.1.m365-business-premium..&g=10.1.m365-business-basic..Board');
    await revealIsland(page, 'Outlook');
    await expect(page.locator('[data-money-change="2025-07-01"]')).toContainText('Your bill: $55.00 a month, $660.00 a year.');
    await expect(page.locator('[data-money-change="2025-07-01"]')).toContainText('It reached you on July 15, 2025.');
    await expect(page.locator('[data-money-change="2026-07-01"]')).toContainText('Your bill does not change; the list price you are compared against rises.');
  });

  test('has no accessibility violations with a cap, its proposal and the old-estimate notice', async ({ page }) => {
    await openCalculator(page, '/?v=2&c=d&d=2026-03-10&t=y&g=400.1.m365-business-premium..');
    await expect(page.locator('[data-past-estimate]')).toBeVisible();
    await expect(page.locator('.totals-panel [data-proposal]')).toBeVisible();
    await groupCard(page, 0).getByText('Split off', { exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the 1 Sept 2022 panel for a subscription renewing on 1 November', async ({ page }) => {
    await openCalculator(page);
    await removeAllGroups(page);
    await setDate(page, 'Date of the estimate', '2022-09-15');
    await addGroup(page, { people: 25, grantEligible: true, suite: 'm365-business-premium' });
    await page.getByLabel('We already have an annual subscription').check();
    await setDate(page, 'Next renewal date', '2022-11-01');

    await expect(total(page, 'nonprofitMonthly')).toHaveText('$75.00');
    await revealIsland(page, 'Outlook');
    const panel = page.getByRole('region', { name: 'What changed on September 1, 2022' });
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
      test(`a group's people "${text}"`, async ({ page }) => {
        await openCalculator(page);
        const before = await total(page, 'nonprofitMonthly').textContent();
        const field = groupCard(page, 0).getByLabel('People', { exact: true });
        await field.fill(text);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(page.locator('#group-g1-people-error')).toHaveText(`${message} The results still use 25.`);
        await expect(total(page, 'nonprofitMonthly')).toHaveText(before!);
        await expect(groupCard(page, 1).getByLabel('People', { exact: true })).toHaveValue('40');
        await field.fill('26');
        await expect(page.locator('#group-g1-people-error')).toHaveCount(0);
      });
    }

    test('one group\'s bad count leaves the other\'s alone', async ({ page }) => {
      await openCalculator(page);
      await groupCard(page, 0).getByLabel('People', { exact: true }).fill('1x');
      await expect(groupCard(page, 0).locator('.field-error')).toHaveText('Use digits only, such as 25. The results still use 25.');
      await groupCard(page, 1).getByLabel('People', { exact: true }).fill('-1');
      await expect(page.locator('#group-g2-people-error')).toContainText('Seats cannot be negative.');
      await expect(groupCard(page, 0).getByLabel('People', { exact: true })).toHaveValue('1x');
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
