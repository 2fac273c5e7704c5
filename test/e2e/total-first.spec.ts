import { lineCard, openCalculator, total } from '../support/calculator';
import { expect, test } from '../support/fixtures';

/**
 * What an edit changes at once and what follows a frame later (src/stores/later.ts). Read in the
 * page in the input's own task, then after frames: no timing, only the order of what changes.
 */
test.describe('an edit paints its total first', () => {
  test('a typed count changes the total in its own task, and the product line only in a later frame', async ({ page }) => {
    await openCalculator(page);
    const line = lineCard(page, 'm365-business-premium').locator('[data-field="paidSeats"]');
    const before = { total: await total(page, 'nonprofitMonthly').textContent(), line: await line.textContent() };
    const people = page.locator('li.group:first-of-type input[id$="-people"]');
    const seen = await people.evaluate(async (field: HTMLInputElement) => {
      const read = () => ({
        total: document.querySelector('.totals-panel [data-total="nonprofitMonthly"] dd')!.textContent,
        line: document.querySelector('li.line[data-product="m365-business-premium"] [data-field="paidSeats"]')!.textContent,
      });
      field.value = String(Number(field.value) + 7);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      // Preact renders in a microtask after the event: wait for those, and for no frame.
      await Promise.resolve();
      await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
      return read();
    });
    expect(seen.total).not.toBe(before.total);
    expect(seen.line).toBe(before.line);
    await expect(line).not.toHaveText(before.line!);
    await expect(total(page, 'nonprofitMonthly')).toHaveText(seen.total!);
  });
});
