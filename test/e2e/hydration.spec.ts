import { formatters } from '../../src/i18n/format';
import { defaultState, priceOrganisation, toOrganisationInput } from '../../src/lib';
import { groupCard, total } from '../support/calculator';
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

test.describe('hydration on the first interaction', () => {
  test('a first visit shows the server-rendered estimate and loads no script until someone touches the page', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto('/');
    await expect(page.locator(island)).toHaveAttribute('ssr', '');
    await expect(total(page, 'nonprofitMonthly')).toHaveText(/^\$/);
    expect(scripts).toEqual([]);
    expect(await page.locator(`${calculator}[data-ready]`).count()).toBe(0);
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
});
