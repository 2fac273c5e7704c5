import type { AdvisorNeed } from '../../data/advisor-presets';
import type { BillingTerm, Channel, PriceBook, Product } from '../../data/types';
import { inputError } from '../core/errors';
import { checkInput, MAX_SEATS } from './input';
import { indexBook } from './prices';

/** No licence: the group's people are invited free as guests with a personal Microsoft account. */
export const GUEST = 'guest';

/** People the organisation licenses alike: one suite (or none) for all of them, and add-ons on top. */
export interface OrganisationGroup {
  id: string;
  /** The user's own name for the group; the engine never reads it. */
  name: string;
  people: number;
  /** Paid staff and unpaid leaders: only their seats may be granted. Volunteers: discounts only. */
  grantEligible: boolean;
  /** A product of kind `suite`, `'guest'`, or null while none is chosen. */
  suite: string | typeof GUEST | null;
  /** Products of kind `add-on`, each at most once. */
  addOns: readonly string[];
  /** What the people need, for the plan advisor; absent or empty until someone says (pricing never reads it). */
  needs?: readonly AdvisorNeed[];
}

/** What the engine prices for an organisation: its groups, the channel, when, and the billing term. */
export interface OrganisationInput {
  groups: readonly OrganisationGroup[];
  channel: Channel;
  /** The day the estimate is for, `YYYY-MM-DD`. */
  asOf: string;
  /** The anniversary `MM-DD` of an existing annual subscription; absent for a new purchase on `asOf`. */
  renewal?: string;
  term?: BillingTerm;
}

export const MAX_GROUPS = 100;

function isGroupShape(group: unknown): group is OrganisationGroup {
  const g = group as Partial<OrganisationGroup> | null;
  return typeof g === 'object' && g !== null && typeof g.id === 'string' && g.id !== '' && typeof g.name === 'string' &&
    typeof g.grantEligible === 'boolean' && Array.isArray(g.addOns);
}

function checkProduct(id: unknown, kind: Product['kind'], field: string, byId: ReadonlyMap<string, Product>): void {
  const product = byId.get(id as string);
  if (!product) throw inputError('unknown-product', field, { value: String(id) });
  if (product.kind !== kind) throw inputError(kind === 'suite' ? 'not-a-suite' : 'not-an-add-on', field, { value: product.id });
}

function checkGroup(group: unknown, i: number, seen: Set<string>, byId: ReadonlyMap<string, Product>): void {
  const field = `groups[${i}]`;
  if (!isGroupShape(group)) throw inputError('invalid-group', field);
  if (seen.has(group.id)) throw inputError('duplicate-group', `${field}.id`, { value: group.id });
  seen.add(group.id);
  const { people } = group;
  if (typeof people !== 'number' || !Number.isInteger(people) || people < 0 || people > MAX_SEATS) throw inputError('invalid-count', `${field}.people`, { min: 0, max: MAX_SEATS });
  if (group.suite !== null && group.suite !== GUEST) checkProduct(group.suite, 'suite', `${field}.suite`, byId);
  const addOns = new Set<string>();
  group.addOns.forEach((id, j) => {
    checkProduct(id, 'add-on', `${field}.addOns[${j}]`, byId);
    if (addOns.has(id)) throw inputError('duplicate-add-on', `${field}.addOns[${j}]`, { value: id });
    addOns.add(id);
  });
}

/**
 * Checks an organisation against the book, throwing one QuoteInputError naming the first bad field;
 * returns the day whose prices apply (the start of the current annual term, or asOf).
 */
export function checkOrganisation(input: OrganisationInput, book: PriceBook): string {
  if (!Array.isArray(input.groups) || input.groups.length > MAX_GROUPS) throw inputError('invalid-groups', 'groups', { max: MAX_GROUPS });
  const { byId } = indexBook(book);
  const seen = new Set<string>();
  input.groups.forEach((group, i) => checkGroup(group, i, seen, byId));
  const { channel, asOf, renewal, term } = input;
  const base = { lines: [], channel, asOf, ...(renewal === undefined ? {} : { renewal }), ...(term === undefined ? {} : { term }) };
  return checkInput(base, book).priceDate;
}
