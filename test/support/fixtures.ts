import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How long one axe scan of a whole page may take on a loaded 2-core machine, on top of the test's own time. */
const AXE_SCAN_MS = 60_000;

/**
 * `test` with a page that fails the test on any console error, uncaught exception, dialog (an
 * injected `alert` would open one), or request to another origin: the site must run on its own
 * origin alone. A test that plays a partner site lists its origin in `extraOrigins`; a test that
 * provokes a browser's refusal lists the console error it expects in `expectedErrors`.
 */
export const test = base.extend<{ page: Page; extraOrigins: string[]; expectedErrors: RegExp[] }>({
  extraOrigins: [[], { option: true }],
  expectedErrors: [[], { option: true }],
  page: async ({ page, baseURL, extraOrigins, expectedErrors }, use) => {
    const problems: string[] = [];
    const origins = new Set([new URL(baseURL!).origin, ...extraOrigins]);
    page.on('dialog', async (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !expectedErrors.some((pattern) => pattern.test(message.text()))) problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !origins.has(url.origin)) problems.push(`request to another origin: ${request.url()}`);
    });
    await use(page);
    expect(problems).toEqual([]);
  },
});

/** The rules that read colours: all that a second colour scheme changes on a page. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe against the page and returns the violations, with their targets, for a readable failure.
 * Each scan brings its own time: a whole-page scan takes tens of seconds on a loaded machine.
 * `include` scopes the scan to what a step changed. `colours` runs only the rules that read colours,
 * for a page already scanned whole in the other colour scheme: the scheme changes nothing else, and
 * those rules are half of a whole scan's time.
 */
export async function axeViolations(
  page: Page,
  { include, colours = false }: { include?: string; colours?: boolean } = {},
): Promise<{ id: string; targets: string[] }[]> {
  const info = test.info();
  if (info.timeout > 0) info.setTimeout(info.timeout + AXE_SCAN_MS);
  // axe checks what is rendered (colour contrast reads the painted page): every panel is checked.
  await renderEverything(page);
  let builder = new AxeBuilder({ page });
  builder = colours ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export { expect };

/**
 * Renders every panel as a reader who scrolled through the page would find it. A panel far from the
 * screen is not rendered (`content-visibility: auto`), and what is not rendered is left out of
 * `innerText` and of the colour checks; the override is the page's own inline style, which the CSP
 * allows from script.
 */
export async function renderEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}
