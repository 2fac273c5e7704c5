// The interactions scripts/perf.mjs times, from an input event to the paint that shows its result.
// Each scenario prepares once (or says it does not apply to the page), then for sample i performs
// one timed `action` (run in the page) and a `reset` (not timed) that returns to a state where the
// next action changes what it watches again. `watch` is what the paint must show: the text of a
// selector changing (the total) or the number of elements it matches changing (a new group).

/** The total the money scenarios watch. */
export const TOTAL = '.totals-panel [data-total="nonprofitMonthly"] dd';

/** A CSS selector for the form control a label names, inside `scope` (the page, or a group's card). */
async function controlFor(scope, label) {
  return `#${await scope.getByLabel(label, { exact: true }).evaluate((el) => el.id)}`;
}

/** The flows that exist today, and the hook for the advisor's "apply" (package J). */
export const scenarios = [
  {
    name: 'typing a seat count',
    watch: { text: TOTAL },
    async prepare(page) {
      this.input = await controlFor(page.locator('li.group').first(), 'People');
      return true;
    },
    // The first group's people are on Business Premium, so every new count changes the total.
    action(i) {
      return { kind: 'input', selector: this.input, value: String(20 + (i % 2) * 7 + (i % 5)) };
    },
    async reset() {},
  },
  {
    name: "changing a group's suite",
    watch: { text: TOTAL },
    async prepare(page) {
      this.select = await controlFor(page.locator('li.group').first(), 'Suite');
      return true;
    },
    action(i) {
      return { kind: 'input', selector: this.select, value: i % 2 === 0 ? 'm365-business-standard' : 'm365-business-premium' };
    },
    async reset() {},
  },
  {
    name: 'adding a group',
    watch: { count: 'li.group' },
    async prepare() {
      return true;
    },
    action() {
      return { kind: 'click', text: 'Add a group' };
    },
    async reset(page) {
      const groups = page.locator('li.group');
      const count = await groups.count();
      await groups.last().getByRole('button', { name: /^Remove / }).click();
      await page.waitForFunction((n) => document.querySelectorAll('li.group').length === n, count - 1);
    },
  },
  {
    // The advisor (package J): applying its advice changes the total. Timed once the page offers it.
    name: 'applying the advisor',
    watch: { text: TOTAL },
    async prepare(page) {
      return (await page.getByRole('button', { name: /^Apply / }).count()) > 0;
    },
    action() {
      return { kind: 'click', text: 'Apply this advice' };
    },
    async reset() {},
  },
];

/**
 * Runs in the page: performs one action and resolves with the milliseconds from the input event to
 * the end of the frame that paints what it watches (a requestAnimationFrame, then a task after it).
 */
export async function timeAction({ watch, action }) {
  const read = () => (watch.text ? document.querySelector(watch.text)?.textContent : document.querySelectorAll(watch.count).length);
  const before = read();
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (read() !== before) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  let target;
  if (action.kind === 'input') target = document.querySelector(action.selector);
  else target = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === action.text);
  const start = performance.now();
  if (action.kind === 'input') {
    const proto = target instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(target, action.value);
    target.dispatchEvent(new Event('input', { bubbles: true }));
    if (target instanceof HTMLSelectElement) target.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    target.click();
  }
  await changed;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}
