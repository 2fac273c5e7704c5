import { formatters } from '../../src/i18n/format';
import { dateWindow, defaultState, priceOrganisation, toOrganisationInput } from '../../src/lib';
import { addDays } from '../../src/lib/core/dates';
import { groupCard, total } from '../support/calculator';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

const f = formatters('en');
const calculator = '.calculator';
const island = 'astro-island[component-url*="/Calculator."]';

/** The default estimate of the build day with the first group's people changed, priced by the engine. */
function totalWith(asOf: string, people: number): string {
  const state = defaultState(asOf);
  const groups = state.groups.map((group, i) => (i === 0 ? { ...group, people } : group));
  return f.money(priceOrganisation(toOrganisationInput({ ...state, groups })).totals.nonprofitMonthly);
}

/** The build day and the next dated price change after it, as the page passes them to `client:firstinput`. */
async function buildDays(page: Page): Promise<{ day: string; next: string | null }> {
  const html = (await (await page.request.get('/')).text()).replaceAll('&quot;', '"');
  const found = /"day":"(\d{4}-\d{2}-\d{2})","next":(null|"\d{4}-\d{2}-\d{2}")/.exec(html);
  expect(found).not.toBeNull();
  return { day: found![1]!, next: JSON.parse(found![2]!) as string | null };
}

/** Every script the page requests from now on. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  return scripts;
}

/** The worker that warms number formats once a page has loaded (src/layouts/WarmIntl.astro). */
const WARM_UP = /\/_astro\/intl-worker-[\w-]+\.js$/;

/** The scripts among `scripts` other than that worker's. */
const calculatorScripts = (scripts: readonly string[]) => scripts.filter((url) => !WARM_UP.test(url));

/**
 * Sets the page's clock to a later day with the build's prices: forty days after the build, or the
 * day before the next price change if that comes sooner. Returns that day.
 */
async function setLaterDay(page: Page): Promise<string> {
  const { day, next } = await buildDays(page);
  const later = next !== null && next <= addDays(day, 40) ? addDays(next, -1) : addDays(day, 40);
  await page.clock.setFixedTime(new Date(`${later}T12:00:00`));
  return later;
}

test.describe('hydration on the first interaction', () => {
  test('a first visit shows the server-rendered estimate and, until someone touches the page, loads only the worker that warms number formats', async ({ page }) => {
    const scripts = recordScripts(page);
    // Once the page has loaded and the browser is idle, one worker loads the language's number and
    // date data (src/layouts/WarmIntl.astro), then ends; the calculator's own scripts wait for a touch.
    // Its end is listened for as it starts, so a worker that ends at once is not missed.
    const ended: string[] = [];
    page.on('worker', (worker) => worker.on('close', () => ended.push(worker.url())));
    await page.goto('/');
    await expect(page.locator(island)).toHaveAttribute('ssr', '');
    await expect(total(page, 'nonprofitMonthly')).toHaveText(/^\$/);
    await expect.poll(() => ended, { message: 'the worker warming number formats starts once the page is idle, and ends' }).toHaveLength(1);
    expect(ended[0]).toMatch(WARM_UP);
    expect(scripts).toEqual(ended);
    expect(await page.locator(`${calculator}[data-ready]`).count()).toBe(0);
  });

  test('no worker warms number formats once the calculator has woken: it has loaded that data itself', async ({ page }) => {
    // The browser's idle callbacks are held until the test runs them, and workers are counted as
    // they are constructed, so the check does not depend on when the browser becomes idle.
    await page.addInitScript(() => {
      const held: IdleRequestCallback[] = [];
      const counted = window as unknown as { __idle: IdleRequestCallback[]; __workers: number };
      counted.__idle = held;
      counted.__workers = 0;
      window.requestIdleCallback = (callback) => held.push(callback);
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          counted.__workers += 1;
        }
      };
    });
    const runIdle = () =>
      page.evaluate(() => {
        const counted = window as unknown as { __idle: IdleRequestCallback[]; __workers: number };
        const held = counted.__idle.splice(0);
        for (const callback of held) callback({ didTimeout: false, timeRemaining: () => 50 });
        // The warm-up's callback is the one that would make a worker (the print button holds one too).
        return { warmUps: held.filter((callback) => String(callback).includes('Worker')).length, workers: counted.__workers };
      });
    // Untouched, the page starts the worker when idle (the control for the check below)...
    await page.goto('/');
    await expect.poll(async () => (await runIdle()).workers, { message: 'an untouched page starts the worker once idle' }).toBe(1);
    // ...but a link wakes the calculator at once, and then the idle callback starts nothing.
    await page.goto('/?v=2&g=5.1.m365-business-premium..Office');
    await expect(page.locator(`${calculator}[data-ready]`)).toBeAttached({ timeout: 15_000 });
    await page.waitForFunction(() => document.readyState === 'complete');
    const woken = await runIdle();
    expect(woken.warmUps, 'the warm-up\'s idle callback was held and run').toBe(1);
    expect(woken.workers).toBe(0);
  });

  test('a seat count typed before the island wakes is kept, and the total follows it', async ({ page }) => {
    await page.goto('/');
    const asOf = await page.locator('#org-as-of').inputValue();
    await expect(page.locator(island)).toHaveAttribute('ssr', '');
    const people = groupCard(page, 0).getByLabel('People', { exact: true });
    // Focusing the field is the first interaction: the island starts loading while the keys arrive.
    await people.selectText();
    await people.pressSequentially('40');
    await expect(page.locator(`${calculator}[data-ready]`)).toBeAttached({ timeout: 15_000 });
    await expect(people).toHaveValue('40');
    await expect(people).toBeFocused();
    await expect(total(page, 'nonprofitMonthly')).toHaveText(totalWith(asOf, 40));
  });

  test('a field filled before the island wakes is kept, and the total follows it', async ({ page }) => {
    await page.goto('/');
    const asOf = await page.locator('#org-as-of').inputValue();
    const people = groupCard(page, 0).getByLabel('People', { exact: true });
    await people.fill('40');
    await expect(page.locator(`${calculator}[data-ready]`)).toBeAttached({ timeout: 15_000 });
    await expect(people).toHaveValue('40');
    await expect(total(page, 'nonprofitMonthly')).toHaveText(totalWith(asOf, 40));
  });

  test('a click on "Add a group" before the island wakes adds the group once it has', async ({ page }) => {
    await page.goto('/');
    const groups = await page.locator('li.group').count();
    await page.getByRole('button', { name: 'Add a group' }).click();
    await expect(page.locator(`${calculator}[data-ready]`)).toBeAttached({ timeout: 15_000 });
    await expect(page.locator('li.group')).toHaveCount(groups + 1);
  });

  test('a link with a calculation wakes the island at once, without any interaction', async ({ page }) => {
    await page.goto('/?v=2&g=5.1.m365-business-premium..Office');
    await expect(page.locator(`${calculator}[data-ready]`)).toBeAttached({ timeout: 15_000 });
    await expect(page.locator('li.group')).toHaveCount(1);
  });

  test('a calculation remembered in this browser wakes the island at once', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('npmcc:state', 'v=2&g=7.1.m365-business-premium..Office'));
    await page.reload();
    await expect(page.locator(`${calculator}[data-ready]`)).toBeAttached({ timeout: 15_000 });
    await expect(groupCard(page, 0).getByLabel('People', { exact: true })).toHaveValue('7');
  });

  test("on a later day with the same prices a first visit loads none of the calculator's script, shows that day, and prices it on the first input", async ({ page }) => {
    const later = await setLaterDay(page);
    const scripts = recordScripts(page);
    await page.goto('/');
    const asOf = page.locator('#org-as-of');
    await expect(asOf).toHaveValue(later);
    await expect(asOf).toHaveAttribute('max', dateWindow(later).last);
    await expect(page.locator('.totals-panel .hint[data-today-text]')).toHaveText(`Prices in force on ${f.date(later)}.`);
    await expect(total(page, 'nonprofitMonthly')).toHaveText(totalWith(later, defaultState(later).groups[0]!.people));
    expect(calculatorScripts(scripts)).toEqual([]);
    expect(await page.locator(`${calculator}[data-ready]`).count()).toBe(0);

    await groupCard(page, 0).getByLabel('People', { exact: true }).fill('40');
    await expect(page.locator(`${calculator}[data-ready]`)).toBeAttached({ timeout: 15_000 });
    await expect(total(page, 'nonprofitMonthly')).toHaveText(totalWith(later, 40));
    await expect(asOf).toHaveValue(later);
    await expect(page.locator('.totals-panel .hint[data-today-text]')).toHaveText(`Prices in force on ${f.date(later)}.`);
  });

  test("on a later day the German page writes that day in its own date style, with none of the calculator's script", async ({ page }) => {
    const later = await setLaterDay(page);
    const scripts = recordScripts(page);
    await page.goto('/de/');
    await expect(page.locator('#org-as-of')).toHaveValue(later);
    await expect(page.locator('.totals-panel .hint[data-today-text]')).toContainText(formatters('de').date(later));
    expect(calculatorScripts(scripts)).toEqual([]);
  });

  test('with a clock before the build day the island wakes at once and shows that day', async ({ page }) => {
    const { day } = await buildDays(page);
    const earlier = addDays(day, -3);
    await page.clock.setFixedTime(new Date(`${earlier}T12:00:00`));
    await page.goto('/');
    await expect(page.locator(`${calculator}[data-ready]`)).toBeAttached({ timeout: 15_000 });
    await expect(page.locator('#org-as-of')).toHaveValue(earlier);
  });
});
