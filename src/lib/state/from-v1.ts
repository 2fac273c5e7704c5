import { pricingBook as priceBook } from '../../data/pricing-book';
import type { PriceBook } from '../../data/types';
import type { OrganisationGroup } from '../pricing/organisation-input';
import type { CalculatorState } from './calculator-state';
import { numberGroups } from './groups';
import type { LineChoice, V1State } from './v1-state';

type Kind = 'staff' | 'volunteers';

/** A stretch of one class's people `[from, to)` that a line covers. */
interface Cover {
  product: string;
  from: number;
  to: number;
}

/** What each line covers of one class: suites fill the row in order, add-ons cover its first people. */
function coversOf(lines: readonly LineChoice[], kind: Kind, people: number, book: PriceBook): { suites: Cover[]; addOns: Cover[] } {
  const kindOf = new Map(book.products.map((p) => [p.id, p.kind]));
  const suites: Cover[] = [];
  const addOns: Cover[] = [];
  let next = 0;
  for (const line of lines) {
    const seats = Math.min(line[kind] ?? people, people);
    if (kindOf.get(line.product) === 'suite') {
      const to = Math.min(next + seats, people);
      if (to > next) suites.push({ product: line.product, from: next, to });
      next = to;
    } else if (seats > 0) addOns.push({ product: line.product, from: 0, to: seats });
  }
  return { suites, addOns };
}

/** One class of people as groups: the row cut at every line's boundary, each piece with its suite and add-ons. */
function classGroups(lines: readonly LineChoice[], kind: Kind, people: number, book: PriceBook): Omit<OrganisationGroup, 'id'>[] {
  const { suites, addOns } = coversOf(lines, kind, people, book);
  const cuts = [...new Set([0, people, ...suites.flatMap((c) => [c.from, c.to]), ...addOns.map((c) => c.to)])].sort((a, b) => a - b);
  const grantEligible = kind === 'staff';
  const groups = cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1]!;
    const suite = suites.find((c) => c.from <= from && to <= c.to)?.product ?? null;
    return { name: '', people: to - from, grantEligible, suite, addOns: addOns.filter((c) => c.to >= to).map((c) => c.product) };
  });
  return groups.length > 0 ? groups : [{ name: '', people: 0, grantEligible, suite: null, addOns: [] }];
}

/**
 * A v=1 state as groups: each class (staff, volunteers) is a row of people; each suite line covers the
 * next `seats` people of the class, each add-on line its first `seats`; every piece between two
 * boundaries becomes a group. Lines that counted no one twice price exactly as before.
 */
export function fromV1(v1: V1State, term: CalculatorState['organisation']['term'] = 'annual-yearly', book: PriceBook = priceBook): CalculatorState {
  const { staff, volunteers, ...rest } = v1.organisation;
  const groups = [...classGroups(v1.lines, 'staff', staff, book), ...classGroups(v1.lines, 'volunteers', volunteers, book)];
  return { organisation: { ...rest, term }, groups: numberGroups(groups), azure: v1.azure };
}

/** A state as v=1 lines, so a v=1 link without lines keeps the base's selection: each product's seats per class. */
export function toV1(state: CalculatorState): V1State {
  const { term: _term, ...rest } = state.organisation;
  const sum = (eligible: boolean, pick: (g: OrganisationGroup) => boolean) =>
    state.groups.reduce((n, g) => n + (g.grantEligible === eligible && pick(g) ? g.people : 0), 0);
  const products = [...new Set(state.groups.flatMap((g) => [...(g.suite && g.suite !== 'guest' ? [g.suite] : []), ...g.addOns]))];
  const holds = (id: string) => (g: OrganisationGroup) => g.suite === id || g.addOns.includes(id);
  return {
    organisation: { ...rest, staff: sum(true, () => true), volunteers: sum(false, () => true) },
    lines: products.map((product) => ({ product, staff: sum(true, holds(product)), volunteers: sum(false, holds(product)) })),
    azure: state.azure,
  };
}
