import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sourceDetails } from '../../src/data/source-details';
import { sources } from '../../src/data/sources';
import { productName } from '../../src/i18n/product-names';
import { pricingBook } from '../../src/data/pricing-book';
import { lineCard, shownText, waitForCalculator } from '../support/calculator';
import { expect, test } from '../support/fixtures';

// A full estimate: three groups (one with an add-on), needs for the advisor, an Azure grant and two
// Azure in Open keys, two scenarios, a rate in NOK, and two damaged values (an alert threshold and a
// key) so the notices show.
const FIRST = 'c=d&d=2026-11-23&t=y&g=8.1.m365-business-premium.power-apps-per-app.Office&g=20.1.m365-business-basic..Frontline'
  + '&g=40.0.guest..Volunteers&n=0.md&n=1.m&gs=2026-11-22&gu=0&gm=150&om=80&ok=10.2026-11-22.2026-11-22&ok=5.2026-12-01.2026-12-01&ok=zz&ot=lots';
const SECOND = 'c=ea&d=2026-11-23&t=m&g=8.1.m365-business-premium..Office&g=20.1.m365-business-basic..Frontline';
const STATE = `v=3&a=0&x=&${FIRST}&x=Through%20an%20EA&${SECOND}&fx=NOK.10.80`;

type Module = Record<string, unknown>;
const folder = (locale: string) => new URL(`../../src/i18n/${locale}/`, import.meta.url);
const files = readdirSync(folder('en')).filter((name) => name.endsWith('.ts')).sort();
const load = async (locale: string, file: string) => (await import(new URL(file, folder(locale)).href)) as Module;

/** A locale's dictionary, every part by export name: the page's own words drive the clicks. */
async function dictionary(locale: string): Promise<Record<string, any>> {
  const parts = await Promise.all(files.map((file) => load(locale, file)));
  return Object.assign({}, ...parts);
}

/** Params for any English message (as the dictionary unit test calls them), so each can be called blind. */
const named: Record<string, unknown> = {
  product: 'm365-business-basic', alternative: 'o365-e1', products: ['m365-business-basic'], allowed: ['annual-yearly', 'monthly'],
  channel: 'direct', otherChannel: 'enterprise-agreement', key: 'ok', date: '2026-11-23', cap: 'm365-business', from: 'link',
  direction: 'more', needs: ['mail-and-web-apps', 'desktop-apps'], suites: ['Office 365 E1'], figures: ['Office 365 E1'], limit: 'grant',
};
const params = new Proxy({}, { get: (_, field) => (typeof field === 'string' && field in named ? named[field] : 7) });
const reasonNames = { suite: 'Office 365 E1', then: 'Office 365 E1', askPartner: ['Office 365 E1'] };

/** Proper nouns the Norwegian page keeps: product names, source labels and titles (quoted as published). */
const properNames = [
  ...pricingBook.products.map((product) => productName(product.id)),
  ...sources.map((source) => source.label),
  ...Object.values(sourceDetails).map((details) => details.title),
];

/** The fixed words of a message's output: what is left between the figures and names its params brought in. */
const fragments = (text: string): string[] =>
  text.split(/\d+|Office 365 E1|[«»“”"‘’]|\n/).map((piece) => piece.replace(/^[\s,.:;()$%-]+|[\s,.:;()$%-]+$/g, '').replace(/\s+/g, ' '));

/** Every English string and message fragment of three words or more, with the part it comes from. */
function sentences(value: unknown, part: string, path: string, found: Array<{ part: string; text: string }>): void {
  if (typeof value === 'string') {
    for (const text of fragments(value)) if ((text.match(/\p{L}+/gu) ?? []).length >= 3 && !properNames.some((name) => name.includes(text))) found.push({ part, text });
  } else if (typeof value === 'function') {
    let said: unknown;
    try {
      said = path.startsWith('errors.') ? value('lines[0].staff', params) : path.startsWith('issues.') ? value('m365-business-basic', params)
        : path.includes('advisor.reasons.') ? value(params, reasonNames) : value(params);
    } catch {
      return; // a helper that formats rather than speaks (count, dayFirst)
    }
    sentences(said, part, `${path}()`, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) sentences(item, part, `${path}.${key}`, found);
  }
}

async function englishSentences(): Promise<Array<{ part: string; text: string }>> {
  const found: Array<{ part: string; text: string }> = [];
  for (const file of files) {
    const module = await load('en', file);
    for (const [name, value] of Object.entries(module)) sentences(value, name, name, found);
  }
  return found;
}

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

/** The English sentences the page shows, whitespace as the page lays it out. */
async function englishOn(page: Page, list: Array<{ part: string; text: string }>) {
  const body = (await shownText(page)).replace(/\s+/g, ' ');
  return list.filter(({ text }) => body.includes(text));
}

test.describe('the Norwegian bokmål page speaks no English', () => {
  test('a full estimate with every panel open shows no English sentence, while the English page shows them', async ({ page }) => {
    const list = await englishSentences();
    const [en, nb] = [await dictionary('en'), await dictionary('nb')];

    // The same state in English first: the list must match the English page's real text, panel by panel.
    await openEverything(page, en, '/');
    const shownInEnglish = await englishOn(page, list);
    expect([...new Set(shownInEnglish.map(({ part }) => part))]).toEqual(expect.arrayContaining([
      'advisor', 'azure', 'calculator', 'common', 'comparison', 'estimates', 'notices', 'organisation', 'outlook', 'page', 'programme', 'rate', 'scenarioBar', 'working',
    ]));

    await openEverything(page, nb, '/nb/');
    expect(await englishOn(page, list)).toEqual([]);
  });

  test('the Norwegian bokmål embed shows no English sentence', async ({ page }) => {
    const list = await englishSentences();
    await page.goto(`/embed/?${STATE}`);
    await waitForCalculator(page);
    expect((await englishOn(page, list)).length).toBeGreaterThan(10);

    await page.goto(`/nb/embed/?${STATE}`);
    await waitForCalculator(page);
    expect(await englishOn(page, list)).toEqual([]);
  });
});
