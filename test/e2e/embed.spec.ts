import type { Page } from '@playwright/test';
import { revealIsland } from '../support/calculator';
import { partnerPage, startPartnerSite } from '../support/partner-server';
import { axeViolations, expect, test } from '../support/fixtures';

const CALCULATOR = 'http://127.0.0.1:4322';
const PARTNER_PORT = 4410;
const PARTNER = `http://127.0.0.1:${PARTNER_PORT}`;
const STATE = 'v=1&s=12&vo=0&c=d&d=2024-03-05&co=US&l=m365-business-premium.f.0';

let partner: Awaited<ReturnType<typeof startPartnerSite>>;

test.beforeAll(async () => {
  partner = await startPartnerSite(PARTNER_PORT, {
    '/loader.html': partnerPage(
      'Community IT Partners',
      `<p>Work out what Microsoft 365 costs your charity.</p>
<div data-npmcc-embed="${STATE.replaceAll('&', '&amp;')}&amp;accent=teal" data-title="Microsoft nonprofit cost calculator"></div>
<script src="${CALCULATOR}/embed.js" async></script>
<p>After the calculator.</p>`,
    ),
    '/iframe.html': partnerPage(
      'Plain iframe partner',
      `<iframe src="${CALCULATOR}/embed/?${STATE.replaceAll('&', '&amp;')}" title="Microsoft nonprofit cost calculator" width="100%" height="600" style="border:0"></iframe>`,
    ),
  });
});

test.afterAll(async () => {
  await partner.close();
});

test.use({ extraOrigins: [PARTNER, CALCULATOR] });

/** The calculator inside the partner page, once it has hydrated. */
async function embedded(page: Page) {
  const frame = page.frameLocator('iframe[title="Microsoft nonprofit cost calculator"]');
  await expect(frame.locator('.calculator[data-ready]')).toBeAttached({ timeout: 10_000 });
  return frame;
}

const frameHeight = (page: Page) =>
  page.locator('iframe[title="Microsoft nonprofit cost calculator"]').evaluate((frame) => frame.getBoundingClientRect().height);

test.describe('embedding on a partner site', () => {
  test('the loader puts in a titled, lazy iframe whose height follows the calculator', async ({ page }) => {
    await page.goto(`${PARTNER}/loader.html`);
    const iframe = page.locator('iframe[title="Microsoft nonprofit cost calculator"]');
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(iframe).toHaveAttribute('src', `${CALCULATOR}/embed/?${STATE}&accent=teal`);
    const frame = await embedded(page);
    await expect(frame.locator('[data-total="nonprofitMonthly"] dd')).toHaveText('$11.00');
    await expect(frame.locator('header.site')).toHaveCount(0);

    await expect.poll(() => frameHeight(page)).not.toBe(900);
    const before = await frameHeight(page);
    for (const product of ['o365-e3', 'm365-e5', 'power-apps-premium']) {
      await frame.getByLabel('Add a product').selectOption(product);
      await frame.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 300);
    const inner = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(Math.abs((await frameHeight(page)) - inner)).toBeLessThanOrEqual(1);
  });

  test('a message from any other window does not change the height', async ({ page }) => {
    await page.goto(`${PARTNER}/loader.html`);
    await embedded(page);
    await expect.poll(() => frameHeight(page)).not.toBe(900);
    const settled = await frameHeight(page);
    await page.evaluate(() => {
      window.postMessage({ type: 'npmcc:height', height: 321 }, '*');
      const foreign = document.createElement('iframe');
      foreign.srcdoc = `<script>parent.postMessage({ type: 'npmcc:height', height: 432 }, '*')<\/script>`;
      document.body.appendChild(foreign);
    });
    await page.waitForTimeout(500);
    expect(await frameHeight(page)).toBe(settled);
  });

  test('a plain iframe works without the loader, and scrolls', async ({ page }) => {
    await page.goto(`${PARTNER}/iframe.html`);
    const frame = await embedded(page);
    await expect(frame.locator('[data-total="nonprofitMonthly"] dd')).toHaveText('$11.00');
    expect(await frameHeight(page)).toBe(600);
    const scrollable = await frame.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight);
    expect(scrollable).toBe(true);
  });

  test('the partner page with its embed has no accessibility violations', async ({ page }) => {
    await page.goto(`${PARTNER}/loader.html`);
    await embedded(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('inside an embed, the link goes to the full calculator, not to the frame', async ({ page }) => {
    await page.goto(`${PARTNER}/loader.html`);
    const frame = await embedded(page);
    await expect(frame.getByRole('link', { name: 'Powered by the Nonprofit Microsoft Cost Calculator' })).toHaveAttribute('href', `/?${STATE}`);
    await frame.getByRole('button', { name: 'Copy link' }).click();
    // Without clipboard permission the link is offered to copy by hand; either way it is the full calculator's.
    const shown = frame.getByLabel('Link to this calculation');
    const copied = frame.getByText('Link copied.');
    await expect(shown.or(copied)).toBeVisible();
    if (await shown.isVisible()) await expect(shown).toHaveValue(`${CALCULATOR}/?${STATE}`);
  });
});

test.describe('embed options', () => {
  test('theme, accent and sections come from an allow-list; anything else is refused with a notice', async ({ page }) => {
    await page.goto(`/embed/?${STATE}&theme=dark&accent=purple&sections=products,totals`);
    await expect(page.locator('.calculator[data-ready]')).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'purple');
    await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your organisation' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'What changed on 1 September 2022' })).toHaveCount(0);

    await page.goto(`/embed/?${STATE}&theme=neon&accent=%23ff0000`);
    await expect(page.locator('.notices li')).toHaveText([
      'The embed option theme "neon" is not one the calculator offers; the default is used.',
      'The embed option accent colour "#ff0000" is not one the calculator offers; the default is used.',
    ]);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
  });

  test('the embed page in the dark theme has no accessibility violations', async ({ page }) => {
    await page.goto(`/embed/?${STATE}&theme=dark&accent=orange`);
    await expect(page.locator('.calculator[data-ready]')).toBeAttached();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the embed panel on the main page', () => {
  test('builds the snippet for the current calculation and previews it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?${STATE}`);
    await expect(page.locator('.calculator[data-ready]')).toBeAttached();
    await revealIsland(page, 'EmbedSection');
    await page.getByRole('heading', { name: 'Embed this calculator' }).click();
    await page.getByLabel('Colour scheme').selectOption('dark');
    await page.getByRole('checkbox', { name: 'The next 12 months' }).uncheck();
    const snippet = page.getByLabel('Code for your page (recommended: it sizes itself)');
    await expect(snippet).toHaveValue(
      `<div data-npmcc-embed="${STATE.replaceAll('&', '&amp;')}&amp;theme=dark&amp;sections=organisation%2Cproducts%2Ctotals%2Cchange%2Cazure" data-title="Nonprofit Microsoft Cost Calculator"></div>\n<script src="${CALCULATOR}/embed.js" async></script>`,
    );
    await page.getByRole('button', { name: 'Copy code', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
    const preview = page.frameLocator('iframe.embed-preview');
    await expect(preview.locator('.calculator[data-ready]')).toBeAttached();
    await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
