import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { renderEverything } from './fixtures';

/** Opens the calculator and waits until the island has hydrated and restored its state. */
export async function openCalculator(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForCalculator(page);
}

/**
 * Wakes the calculator island on this page (or in this frame) as a reader would, and waits until
 * it has hydrated and restored its state. A first visit hydrates on the first interaction
 * (`client:firstinput`): a pointer over the island is one, and it moves neither focus nor scroll.
 * Where the island hydrated at once (a link, a remembered calculation), the pointer changes nothing.
 */
export async function waitForCalculator(scope: Page | FrameLocator): Promise<void> {
  await scope.locator('.calculator').dispatchEvent('pointerover');
  await expect(scope.locator('.calculator[data-ready]')).toBeAttached({ timeout: 15_000 });
}

/**
 * Opens a `<details>` section from the keyboard (Enter on its summary), as a reader can, and waits
 * until it is open; one already open is left open. A click can miss under load: panels above may
 * still be settling to their real heights (`content-visibility`), and a click whose press and release
 * land on different elements opens nothing.
 */
export async function openDetails(details: Locator): Promise<void> {
  if ((await details.getAttribute('open')) === null) await details.locator(':scope > summary').press('Enter');
  await expect(details).toHaveAttribute('open', '');
}

/** The card of a product line. */
export function lineCard(page: Page, product: string): Locator {
  return page.locator(`li.line[data-product="${product}"]`);
}

/** A total in the estimate panel, by key (`nonprofitMonthly`, `savingsPercent`, …). */
export function total(page: Page, key: string): Locator {
  return page.locator(`.totals-panel [data-total="${key}"] dd`);
}

/** The n-th group of people (from 0), as the organisation section lists them. */
export function groupCard(page: Page, index: number): Locator {
  return page.locator('li.group').nth(index);
}

/** What a test sets on a group: people, grant eligibility, suite (a product id, `guest` or `''` for none), add-ons turned on. */
export interface GroupChoice {
  people?: number;
  grantEligible?: boolean;
  suite?: string;
  addOns?: readonly string[];
}

/** Sets a group's fields as a user would: typing the count, ticking the box, choosing the suite. */
export async function setGroup(page: Page, index: number, choice: GroupChoice): Promise<void> {
  const card = groupCard(page, index);
  if (choice.people !== undefined) await card.getByLabel('People', { exact: true }).fill(String(choice.people));
  if (choice.grantEligible !== undefined) await card.getByLabel(/^May receive grants/).setChecked(choice.grantEligible);
  if (choice.suite !== undefined) await card.getByLabel('Suite').selectOption(choice.suite);
  for (const addOn of choice.addOns ?? []) await card.locator(`input[id$="-${addOn}"]`).check();
}

/**
 * Removes every group with its remove button: an empty estimate. After each click it waits for the
 * state a removal ends in (one group fewer, and focus moved to "Add a group", which scrolls the page)
 * before it looks for the next button, so no click aims at a button the page is still moving.
 */
export async function removeAllGroups(page: Page): Promise<void> {
  const groups = page.locator('li.group');
  for (let left = await groups.count(); left > 0; left--) {
    await groups.first().getByRole('button', { name: /^Remove / }).click();
    await expect(groups).toHaveCount(left - 1);
    await expect(page.getByRole('button', { name: 'Add a group' })).toBeFocused();
  }
}

/** Adds a group with the page's button and sets it; returns its index. */
export async function addGroup(page: Page, choice: GroupChoice): Promise<number> {
  const index = await page.locator('li.group').count();
  await page.getByRole('button', { name: 'Add a group' }).click();
  await expect(page.locator('li.group')).toHaveCount(index + 1);
  await setGroup(page, index, choice);
  return index;
}

/** Sets a date input (`YYYY-MM-DD`) as a user would, by filling it. */
export async function setDate(page: Page, label: string, date: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(date);
}

/**
 * Scrolls a client:visible island (Outlook, Programme, EmbedSection) into view, as a reader would,
 * and waits until it has hydrated.
 */
export async function revealIsland(page: Page, component: 'Outlook' | 'Programme' | 'EmbedSection' | 'AzurePlanner'): Promise<void> {
  const island = page.locator(`astro-island[component-url*="/${component}."]`);
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

/** The text the whole page shows, laid out as a reader who scrolled through it would see it (every panel rendered). */
export async function shownText(page: Page): Promise<string> {
  await renderEverything(page);
  return page.evaluate(() => document.body.innerText);
}
