/**
 * The keys an address may carry, written once: the calculator state of a share link and a partner's
 * embed options. Version 2 (written today):
 *   v=2  c=d|ea  d=2026-11-23  r=11-01  co=DE  t=y|ym|m (billing term: annual paid yearly, annual paid monthly, monthly)
 *   g=25.1.m365-business-premium.power-apps-per-app.Office staff  (one per group: people.grant.suite.add-ons.name;
 *     grant 1 or 0; suite a product id, `guest` or empty; add-ons comma-separated; the name last, it may hold dots)
 *   n=0.md  (what a group's people need, for the plan advisor: the index of its `g=` from 0, then one
 *     letter per need: m e-mail, Teams, web and mobile apps; d desktop apps; s device management and
 *     advanced security; c enterprise compliance; p phone system and Power BI. Only for groups that say
 *     what they need; a link without `n=` opens with no needs)
 *   and the Azure planner's keys below. Version 1 (still read, converted into groups), with short readable keys:
 *   v=1  s=25 (staff)  vo=40 (volunteers)  c=d|ea (channel)  d=2023-01-10 (date)  r=11-01 (renewal)  co=DE (country)
 *   l=m365-business-premium.f.0  (one per line: product.staff.volunteers, `f` = follows the organisation)
 *   Azure planner: gs=2026-11-22 (grant year start) gu=0 (grant used so far) gm=150 or gm=100,120,… (12)
 *   om=80 (Azure in Open use a month) ok=10.2026-11-22.2026-11-22 (a key: units.purchased.activated) ot=200
 *   fx=NOK.10.80 (the user's own exchange rate, display only: an ISO 4217 code, then how many units of it one US
 *     dollar buys, a positive decimal with at most six decimals; a damaged one is dropped with a notice)
 *   Embed options: theme=dark accent=teal sections=products,totals
 * Version 3 (written when an estimate holds several scenarios, or its one scenario has a name):
 *   v=3  a=1 (the scenario shown, counted from 0)  then for each scenario, in order:
 *   x=After our renewal (its name; empty for the page's default, "Today", "Scenario 2", …)
 *   followed by that scenario's own v=2 pairs without `v` (c, d, r, co, t, g…, the Azure keys), so
 *   whatever a scenario's state gains later travels inside its part unchanged. Each part is read as
 *   a v=2 link of its own: its damage stays in it. One unnamed scenario is written as plain v=2.
 */

/** The keys of the calculator state in a share link or saved calculation. */
export const STATE_KEYS = ['v', 'a', 'x', 's', 'vo', 'c', 'd', 'r', 'co', 't', 'g', 'n', 'l', 'gs', 'gu', 'gm', 'om', 'ok', 'ot', 'fx'] as const;
export type StateKey = (typeof STATE_KEYS)[number];

/** The keys that carry embed options rather than calculator state. */
export const EMBED_KEYS = ['theme', 'accent', 'sections'] as const;
export type EmbedKey = (typeof EMBED_KEYS)[number];

/** Every key the calculator reads from an address; notices name their field by it. */
export type AddressKey = StateKey | EmbedKey;

/** Keys given once per item: one per product line, group or group's needs, one per credit key, one per scenario. Every other key is read once. */
export const LIST_KEYS: readonly AddressKey[] = ['l', 'g', 'n', 'ok', 'x'];

/** Keys that carry a date `YYYY-MM-DD` (a credit key carries two inside its value). */
export type DateKey = 'd' | 'gs' | 'ok';

/** Campaign tags (`utm_source=…`) that newsletters add to links: someone else's, never reported. */
export const FOREIGN_PREFIX = 'utm_';

const STATE_SET: ReadonlySet<string> = new Set(STATE_KEYS);
const EMBED_SET: ReadonlySet<string> = new Set(EMBED_KEYS);

/** Whether a key belongs to the calculator state. */
export function isStateKey(key: string): key is StateKey {
  return STATE_SET.has(key);
}

/** Whether a key is an embed option. */
export function isEmbedKey(key: string): key is EmbedKey {
  return EMBED_SET.has(key);
}
