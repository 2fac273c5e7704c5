// The interactions scripts/perf.mjs times, from an input event to the paint that shows its result.
// Each scenario prepares once (or says it does not apply to the page), then for sample i performs
// one timed `action` (run in the page) and a `reset` (not timed) that returns to a state where the
// next action changes what it watches again. `watch` is what the paint must show: the text of a
// selector changing (the total) or the number of elements it matches changing (a new group).

/** The total the money scenarios watch. */
export const TOTAL = '.totals-panel [data-total="nonprofitMonthly"] dd';

/** The first group's card, and its fields by the ids GroupRow gives them (the same on every language's page). */
const FIRST_GROUP = 'li.group:first-of-type';
export const PEOPLE = `${FIRST_GROUP} input[id$="-people"]`;
const SUITE = `${FIRST_GROUP} select[id$="-suite"]`;
/** The product lines: the seats and money per product, derived from the groups. */
const LINES = '[data-section="products"] ul.lines';
/** The first group's first add-on (Dynamics 365 Sales Professional: priced, so adding it changes the total). */
const ADD_ON = `${FIRST_GROUP} .add-ons input[type="checkbox"]`;
/** The advisor's panel, its first group's first preset, and "Apply this plan" (the advice's first button). */
const ADVISOR = 'details.advisor-panel';
const APPLY = `${ADVISOR} .advice-actions button:first-of-type`;

/** The count typed in sample i: each differs from the one before, so every sample changes the total. */
const typedCount = (i) => String(20 + (i % 2) * 7 + (i % 5));

/** The flows issue 14 names (typing a seat count, adding a product, changing a suite, applying the advisor), with adding a group and the product lines catching up besides, on every page (`/`, `/nb/`, `/de/` and the embeds) whatever its language. */
export const scenarios = [
  {
    name: 'typing a seat count',
    watch: { text: TOTAL },
    async prepare() {
      return true;
    },
    // The first group's people are on Business Premium, so every new count changes the total.
    action(i) {
      return { kind: 'input', selector: PEOPLE, value: typedCount(i) };
    },
    async reset() {},
  },
  {
    name: "changing a group's suite",
    watch: { text: TOTAL },
    async prepare() {
      return true;
    },
    action(i) {
      return { kind: 'input', selector: SUITE, value: i % 2 === 0 ? 'm365-business-standard' : 'm365-business-premium' };
    },
    async reset() {},
  },
  {
    // The same edits, timed until the product lines (read through late stores) show them: the
    // whole of an edit, where the figure above is its total.
    name: 'typing a seat count, until the product lines show it',
    watch: { text: LINES },
    async prepare(page) {
      return (await page.locator(LINES).count()) > 0;
    },
    action(i) {
      return { kind: 'input', selector: PEOPLE, value: typedCount(i) };
    },
    async reset() {},
  },
  {
    // Issue 14's "adding a product": in the organisation model a product is added to a group. Each
    // reset takes it off again (not timed) and waits for the total to go back.
    name: 'adding a product',
    watch: { text: TOTAL },
    async prepare(page) {
      this.total = await page.locator(TOTAL).textContent();
      return (await page.locator(ADD_ON).count()) > 0 && !(await page.locator(ADD_ON).first().isChecked());
    },
    action() {
      return { kind: 'click', selector: ADD_ON };
    },
    async reset(page) {
      await page.locator(ADD_ON).first().uncheck();
      await page.waitForFunction(([total, before]) => document.querySelector(total)?.textContent === before, [TOTAL, this.total]);
    },
  },
  {
    name: 'adding a group',
    watch: { count: 'li.group' },
    async prepare() {
      return true;
    },
    // A reader presses the button they see: it is brought on screen first (the reset's press of a
    // group's Remove button scrolls too), so the new group's focus does not scroll across the page.
    async before(page) {
      await page.locator('#add-group').scrollIntoViewIfNeeded();
    },
    action() {
      return { kind: 'click', selector: '#add-group' };
    },
    async reset(page) {
      const groups = page.locator('li.group');
      const count = await groups.count();
      await groups.last().locator('button.secondary').last().click();
      await page.waitForFunction((n) => document.querySelectorAll('li.group').length === n, count - 1);
    },
  },
  {
    // The first group (everyone on Business Premium) marked as office staff: the advisor puts them on
    // Business Standard, and applying it changes the total. Each reset puts Business Premium back
    // and waits until the advice offers to apply again. Pages without the advisor (an embed showing
    // only some sections) say so.
    name: 'applying the advisor',
    watch: { text: TOTAL },
    async prepare(page) {
      if ((await page.locator(ADVISOR).count()) === 0) return false;
      await page.locator(`${ADVISOR} summary`).click();
      await page.locator(`${ADVISOR} fieldset.advisor-group`).first().locator('.advisor-presets button').first().click();
      await page.locator(APPLY).waitFor({ timeout: 60_000 });
      this.suite = await page.locator(SUITE).inputValue();
      this.total = await page.locator(TOTAL).textContent();
      return true;
    },
    action() {
      return { kind: 'click', selector: APPLY };
    },
    async reset(page) {
      await page.locator(SUITE).selectOption(this.suite);
      await page.waitForFunction(([total, before]) => document.querySelector(total)?.textContent === before, [TOTAL, this.total]);
    },
  },
];

/**
 * Runs in the page: performs one action and resolves with the milliseconds from the input event to
 * the end of the frame that paints what it watches (a requestAnimationFrame, then a task after it).
 */
export async function timeAction({ watch, action }) {
  const read = () => (watch.text ? document.querySelector(watch.text)?.textContent : document.querySelectorAll(watch.count).length);
  const before = read();
  const changed = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (read() !== before) {
        observer.disconnect();
        clearTimeout(timeout);
        resolve();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    // An action that changes nothing it watches is a broken scenario: say so rather than wait forever.
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${action.kind} on ${action.selector} did not change ${watch.text ?? watch.count} within 10 s`));
    }, 10_000);
  });
  const target = document.querySelector(action.selector);
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
