import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** Opens the calculator and waits until the island has hydrated and restored its state. */
export async function openCalculator(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForCalculator(page);
}

/** Waits until the calculator island on this page (or in this frame) has hydrated and restored its state. */
export async function waitForCalculator(scope: Page | FrameLocator): Promise<void> {
  await expect(scope.locator('.calculator[data-ready]')).toBeAttached({ timeout: 15_000 });
}

/** The card of a product line. */
export function lineCard(page: Page, product: string): Locator {
  return page.locator(`li.line[data-product="${product}"]`);
}

/** A total in the estimate panel, by key (`nonprofitMonthly`, `savingsPercent`, …). */
export function total(page: Page, key: string): Locator {
  return page.locator(`.totals-panel [data-total="${key}"] dd`);
}

/** Removes every product line with its remove button, waiting for each line to go before the next click. */
export async function removeAllLines(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: /^Remove / });
  for (let left = await buttons.count(); left > 0; left--) {
    await buttons.first().click();
    await expect(buttons).toHaveCount(left - 1);
  }
}

/** Adds a product by its name through the picker. */
export async function addProduct(page: Page, id: string): Promise<void> {
  await page.getByLabel('Add a product').selectOption(id);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
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
