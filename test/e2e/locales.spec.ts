import type { Page } from '@playwright/test';
import { formatters } from '../../src/i18n/format';
import { DEFAULT_LOCALE, LOCALES, localePath } from '../../src/i18n/locales';
import { groupCard, setGroup, total, waitForCalculator } from '../support/calculator';
import { axeViolations, expect, test } from '../support/fixtures';
import { CALCULATOR, PARTNER, PARTNER_PORT } from '../support/origins';
import { partnerPage, startPartnerSite, type PartnerSite } from '../support/partner-server';

const STATE = 'v=2&c=d&d=2024-03-05&co=US&t=y&g=12.1.m365-business-premium..';
const NAMES = { en: 'English', nb: 'Norsk bokmål', de: 'Deutsch' };

/** The `hreflang` alternates in the page's head, as `hreflang → href`. */
const alternates = (page: Page) =>
  page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));

test.describe('the calculator in every language', () => {
  for (const locale of LOCALES) {
    test(`${localePath(locale)} has lang="${locale}", the alternates of every language and a switcher naming each in itself`, async ({ page }) => {
      await page.goto(localePath(locale));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      expect(await alternates(page)).toEqual(['en /', 'nb /nb/', 'de /de/', 'x-default /']);
      const switcher = page.locator('nav.languages');
      await expect(switcher.getByRole('link')).toHaveText(['English', 'Norsk bokmål', 'Deutsch']);
      for (const other of LOCALES) {
        const link = switcher.getByRole('link', { name: NAMES[other] });
        await expect(link).toHaveAttribute('lang', other);
        await expect(link).toHaveAttribute('hreflang', other);
      }
      await expect(switcher.locator('[aria-current="page"]')).toHaveText(NAMES[locale]);
      await waitForCalculator(page);
      // The home page's own spec scans the English page whole; here its switcher is what is new.
      expect(await axeViolations(page, locale === DEFAULT_LOCALE ? { include: 'nav.languages' } : {})).toEqual([]);
    });

    test(`${localePath(locale, 'embed')} has lang="${locale}" and no switcher`, async ({ page }) => {
      await page.goto(`${localePath(locale, 'embed')}?${STATE}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await waitForCalculator(page);
      await expect(page.locator('nav.languages')).toHaveCount(0);
      await expect(total(page, 'nonprofitMonthly')).toHaveText(formatters(locale).money('11.00'));
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the switcher keeps the estimate: a change on the English page reaches the German page, in German format', async ({ page }) => {
    await page.goto(`/?${STATE}`);
    await waitForCalculator(page);
    await setGroup(page, 0, { people: 1234 });
    await expect(groupCard(page, 0).getByLabel('People', { exact: true })).toHaveValue('1234');
    await expect(page).toHaveURL(/[?&]g=1234\./);
    const english = (await total(page, 'nonprofitAnnual').textContent())!;
    const amount = english.replace(/[$,]/g, '');

    await page.locator('nav.languages').getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(/\/de\/\?.*g=1234\./);
    await waitForCalculator(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(total(page, 'nonprofitAnnual')).toHaveText(formatters('de').money(amount));
    expect(formatters('de').money(amount)).toMatch(/^\d{1,3}(\.\d{3})*,\d\d\u00a0\$$/);
  });

  test('a share link opens in the language it was made in, and the link back from an embed keeps it', async ({ page }) => {
    await page.goto(`/nb/embed/?${STATE}`);
    await waitForCalculator(page);
    await expect(page.locator('a.powered-by')).toHaveAttribute('href', `/nb/?${STATE}`);
  });
});

test.describe('the embed loader’s language option', () => {
  let partner: PartnerSite;
  const placeholder = (lang: string) =>
    `<div data-npmcc-embed="${STATE.replaceAll('&', '&amp;')}" data-lang="${lang}" data-title="Kalkulator"></div>\n<script src="${CALCULATOR}/embed.js" async></script>`;

  test.beforeAll(async () => {
    partner = await startPartnerSite(PARTNER_PORT, {
      '/de.html': partnerPage('Partner auf Deutsch', placeholder('de')),
      '/unknown.html': partnerPage('Partner', placeholder('fr')),
    });
  });

  test.afterAll(async () => {
    await partner.close();
  });

  test.use({ extraOrigins: [PARTNER, CALCULATOR] });

  test('data-lang="de" frames the German embed page', async ({ page }) => {
    await page.goto(`${PARTNER}/de.html`);
    await expect(page.locator('iframe[title="Kalkulator"]')).toHaveAttribute('src', `${CALCULATOR}/de/embed/?${STATE}`);
    const frame = page.frameLocator('iframe[title="Kalkulator"]');
    await waitForCalculator(frame);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
    await expect(frame.locator('[data-total="nonprofitMonthly"] dd')).toHaveText(formatters('de').money('11.00'));
  });

  test('a language the calculator does not know frames the English embed page', async ({ page }) => {
    await page.goto(`${PARTNER}/unknown.html`);
    await expect(page.locator('iframe[title="Kalkulator"]')).toHaveAttribute('src', `${CALCULATOR}/embed/?${STATE}`);
  });
});
