import type { Page } from '@playwright/test';
import * as en from '../../src/i18n/en/calculator';
import * as enAdvisor from '../../src/i18n/en/advisor';
import * as enScenarioBar from '../../src/i18n/en/scenario-bar';
import * as enComparison from '../../src/i18n/en/comparison';
import * as enEstimates from '../../src/i18n/en/estimates';
import * as de from '../../src/i18n/de/calculator';
import * as deAdvisor from '../../src/i18n/de/advisor';
import * as deScenarioBar from '../../src/i18n/de/scenario-bar';
import * as deComparison from '../../src/i18n/de/comparison';
import * as deEstimates from '../../src/i18n/de/estimates';
import { openDetails, shownText, waitForCalculator } from '../support/calculator';
import { englishPhrases, phrasesIn } from '../support/english-phrases';
import { expect, test } from '../support/fixtures';

/** One scenario as a link writes it: four groups (one with an add-on, one of guests), needs, Azure grant and Azure in Open with a key, and one damaged value (gu=abc). */
const scenario = (channel: string, term: string) =>
  `c=${channel}&d=2026-11-23&co=DE&t=${term}&g=8.1.m365-business-premium.power-apps-per-app.&g=20.1.m365-business-premium..&g=40.0.guest..&g=5.1.m365-business-basic..` +
  '&n=0.md&n=1.m&n=3.mdsc&gs=2026-11-22&gu=abc&gm=250&om=80&ok=10.2026-11-22.2026-11-22&ot=200&fx=EUR.0.92';
/** A full estimate: two scenarios (direct and yearly; Enterprise Agreement and monthly). */
const STATE = `v=3&a=0&x=&${scenario('d', 'y')}&x=&${scenario('ea', 'm')}`;

/** The words a page's controls carry, in its own language. */
interface Words {
  calculator: typeof en.calculator;
  advisor: typeof enAdvisor.advisor;
  scenarioBar: typeof enScenarioBar.scenarioBar;
  comparison: typeof enComparison.comparison;
  estimates: typeof enEstimates.estimates;
}
const english: Words = { calculator: en.calculator, advisor: enAdvisor.advisor, scenarioBar: enScenarioBar.scenarioBar, comparison: enComparison.comparison, estimates: enEstimates.estimates };
const german: Words = { calculator: de.calculator, advisor: deAdvisor.advisor, scenarioBar: deScenarioBar.scenarioBar, comparison: deComparison.comparison, estimates: deEstimates.estimates };

/** Opens the page with the full estimate and every panel the estimate can show: notices, advisor, scenarios and comparison, estimates, currency, a line's working. */
async function openEverything(page: Page, path: string, words: Words): Promise<string> {
  await page.goto(`${path}?${STATE}`);
  await waitForCalculator(page);
  await expect(page.locator('.notices')).toBeVisible();

  await page.locator('details.advisor-panel summary').click();
  await expect(page.getByRole('heading', { name: words.advisor.adviceHeading })).toBeVisible();

  await page.getByRole('button', { name: words.scenarioBar.compare }).click();
  await expect(page.getByRole('region', { name: words.comparison.heading })).toBeVisible();

  await page.getByRole('button', { name: words.calculator.share.estimates, exact: true }).click();
  await expect(page.getByRole('heading', { name: words.estimates.heading })).toBeVisible();

  await expect(page.locator('details.currency-section')).toHaveAttribute('open', '');
  await expect(page.locator('#rate-currency')).toHaveValue('EUR');

  await openDetails(page.locator('details.working').first());
  await expect(page.locator('.working-steps').first()).toBeVisible();
  return shownText(page);
}

test.describe('no English on the German pages', () => {
  let phrases: string[] = [];
  test.beforeAll(async () => {
    phrases = await englishPhrases();
  });

  test('the list of English phrases matches what the English page shows in the same state', async ({ page }) => {
    const shown = phrasesIn(await openEverything(page, '/', english), phrases);
    // Each panel opened brings its English: the notices, the advisor, the comparison, the estimates, the currency, the working.
    for (const phrase of ['Some of what you opened could not be used', 'What the advisor recommends', 'Scenarios side by side', 'Kept in this browser only, on this device', 'Your own rate, such as your bank’s today']) {
      expect(shown).toContain(phrase);
    }
    expect(shown.length).toBeGreaterThan(60);
    console.log(`${shown.length} of ${phrases.length} English phrases on the English page`);
  });

  test('the German page with the full estimate and every panel open shows no English sentence', async ({ page }) => {
    const text = await openEverything(page, '/de/', german);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(phrasesIn(text, phrases)).toEqual([]);
  });

  test('the German embed with the same estimate shows no English sentence', async ({ page }) => {
    await page.goto(`/de/embed/?${STATE}`);
    await waitForCalculator(page);
    await expect(page.locator('.totals-panel')).toBeVisible();
    expect(phrasesIn(await shownText(page), phrases)).toEqual([]);
  });
});
