// The interactions scripts/perf.mjs times, from an input event to the paint that shows the new total.
// Each scenario names the pages it runs on, prepares once, then for sample i performs one timed
// `action` (run in the page) and a `reset` (not timed) that returns to a state where the next
// action changes the total again. Add a scenario here to time a new flow (a group's suite, the advisor).

/** The total every scenario watches. */
export const TOTAL = '.totals-panel [data-total="nonprofitMonthly"] dd';

/** A CSS selector for the form control a label names. */
async function controlFor(page, label) {
  return `#${await page.getByLabel(label, { exact: true }).evaluate((el) => el.id)}`;
}

/** The flows that exist today. */
export const scenarios = [
  {
    name: 'typing a seat count',
    async prepare(page) {
      this.input = await controlFor(page, 'Paid staff and unpaid leaders');
    },
    // Staff seats follow into Business Premium, so every new count changes the total.
    action(i) {
      return { kind: 'input', selector: this.input, value: String(20 + (i % 2) * 7 + (i % 5)) };
    },
    async reset() {},
  },
  {
    name: 'adding a product',
    product: 'o365-e3',
    async prepare(page) {
      this.picker = await controlFor(page, 'Add a product');
    },
    async before(page) {
      await page.locator(this.picker).selectOption(this.product);
      await page.getByRole('button', { name: 'Add', exact: true }).waitFor();
    },
    action() {
      return { kind: 'click', text: 'Add' };
    },
    async reset(page) {
      const card = page.locator(`li.line[data-product="${this.product}"]`);
      await card.getByRole('button', { name: /^Remove / }).click();
      await card.waitFor({ state: 'detached' });
    },
  },
];

/**
 * Runs in the page: performs one action and resolves with the milliseconds from the input event to
 * the end of the frame that paints the changed total (a requestAnimationFrame, then a task after it).
 */
export async function timeAction({ total, action }) {
  const panel = document.querySelector(total).closest('.totals-panel') ?? document.body;
  const before = document.querySelector(total)?.textContent;
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(total)?.textContent !== before) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(panel, { childList: true, subtree: true, characterData: true });
  });
  let target;
  if (action.kind === 'input') target = document.querySelector(action.selector);
  else target = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === action.text);
  const start = performance.now();
  if (action.kind === 'input') {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(target, action.value);
    target.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    target.click();
  }
  await changed;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}
