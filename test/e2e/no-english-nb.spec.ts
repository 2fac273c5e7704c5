import type { Page } from '@playwright/test';
import { lineCard, shownText, waitForCalculator } from '../support/calculator';
import { englishPhrases, phrasesIn, words } from '../support/english-phrases';
import { expect, test } from '../support/fixtures';

// A full estimate: three groups (one with an add-on), needs for the advisor, an Azure grant and two
// Azure in Open keys, two scenarios, a rate in NOK, and two damaged values (an alert threshold and a
// key) so the notices show.
const FIRST = 'c=d&d=2026-11-23&t=y&g=8.1.m365-business-premium.power-apps-per-app.Office&g=20.1.m365-business-basic..Frontline'
  + '&g=40.0.guest..Volunteers&n=0.md&n=1.m&gs=2026-11-22&gu=0&gm=150&om=80&ok=10.2026-11-22.2026-11-22&ok=5.2026-12-01.2026-12-01&ok=zz&ot=lots';
const SECOND = 'c=ea&d=2026-11-23&t=m&g=8.1.m365-business-premium..Office&g=20.1.m365-business-basic..Frontline';
const STATE = `v=3&a=0&x=&${FIRST}&x=Through%20an%20EA&${SECOND}&fx=NOK.10.80`;

/** Opens every panel a full estimate can show, with the page's own words. */
async function openEverything(page: Page, t: Record<string, any>, path: string): Promise<void> {
  await page.goto(`${path}?${STATE}`);
  await waitForCalculator(page);
  await expect(page.getByRole('heading', { name: t.notices.heading })).toBeVisible();

  await page.locator('details.advisor-panel summary').click();
  await expect(page.getByRole('heading', { name: t.advisor.adviceHeading })).toBeVisible();

  await page.getByRole('button', { name: t.scenarioBar.compare }).click();
  await expect(page.getByRole('region', { name: t.comparison.heading })).toBeVisible();

  await page.getByRole('button', { name: t.calculator.share.estimates, exact: true }).click();
  await expect(page.getByRole('heading', { name: t.estimates.heading, exact: true })).toBeVisible();

  const note = page.getByText(t.rate.note);
  if (!(await note.isVisible())) await page.getByText(t.calculator.inYourCurrency).click();
  await expect(note).toBeVisible();

  const card = lineCard(page, 'm365-business-premium');
  await card.getByText(t.calculator.line.showWorking).click();
  await expect(card.locator('.working-steps li').first()).toBeVisible();
}

test.describe('the Norwegian bokmål page speaks no English', () => {
  let phrases: string[] = [];
  test.beforeAll(async () => {
    phrases = await englishPhrases();
  });

  test('a full estimate with every panel open shows no English sentence, while the English page shows them', async ({ page }) => {
    const [en, nb] = [await words('en'), await words('nb')];

    // The same state in English first: the list must match the English page's real text, panel by panel.
    await openEverything(page, en, '/');
    const shownInEnglish = phrasesIn(await shownText(page), phrases);
    // Each panel opened brings its English: the notices, the advisor, the comparison, the estimates, the currency, the working.
    for (const phrase of ['Some of what you opened could not be used', 'What the advisor recommends', 'Scenarios side by side', 'Kept in this browser only, on this device', 'The figure in your currency is only your own conversion, at your rate', 'people take this product']) {
      expect(shownInEnglish).toContain(phrase);
    }
    expect(shownInEnglish.length).toBeGreaterThan(60);

    await openEverything(page, nb, '/nb/');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(phrasesIn(await shownText(page), phrases)).toEqual([]);
  });

  test('the Norwegian bokmål embed shows no English sentence', async ({ page }) => {
    await page.goto(`/embed/?${STATE}`);
    await waitForCalculator(page);
    expect(phrasesIn(await shownText(page), phrases).length).toBeGreaterThan(10);

    await page.goto(`/nb/embed/?${STATE}`);
    await waitForCalculator(page);
    expect(phrasesIn(await shownText(page), phrases)).toEqual([]);
  });
});
