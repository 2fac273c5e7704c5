import { amount, toMoneyString } from '../core/money';
import { priceOrganisation, type OrganisationLine, type OrganisationTotals, type PricedOrganisation } from '../pricing/organisation';
import type { OrganisationGroup } from '../pricing/organisation-input';
import { toOrganisationInput, type CalculatorState } from './calculator-state';

/** One product, or the totals, in one scenario: seats, the nonprofit cost, the grants and what they are worth. */
export interface ScenarioFigures {
  seats: number;
  grantedSeats: number;
  paidSeats: number;
  monthly: string;
  annual: string;
  grantValueMonthly: string;
  grantValueAnnual: string;
}

/** A scenario's cost minus the first scenario's, per month and per year: positive when it costs more. */
export interface Difference {
  monthly: string;
  annual: string;
  /** Which way the yearly cost goes, so the page can say it in words, not only by sign or colour. */
  direction: 'more' | 'less' | 'same';
}

/** One row of the comparison: each scenario's figures (null where it lacks the product) and its difference against the first (null for the first). */
export interface ComparedRow<Figures> {
  cells: (Figures | null)[];
  differences: (Difference | null)[];
}

/** One group in one scenario: who they are, what they take, how many of them the grants cover and the caps leave out. */
export interface GroupFigures {
  group: OrganisationGroup;
  grantedSeats: number;
  blockedSeats: number;
}

/** Several scenarios side by side: per product, per group (matched by their place in the list), and the totals. */
export interface ScenarioComparison {
  products: (ComparedRow<ScenarioFigures> & { product: string })[];
  groups: { cells: (GroupFigures | null)[] }[];
  totals: ComparedRow<ScenarioFigures>;
}

/** A line's figures, or the totals' with `seats` the sum of every line's (a person on a suite and an add-on counts twice). */
function figuresOf(line: OrganisationLine | OrganisationTotals, seats = 'requestedSeats' in line ? line.requestedSeats : 0): ScenarioFigures {
  return {
    seats, grantedSeats: line.grantedSeats, paidSeats: line.paidSeats, monthly: line.nonprofitMonthly, annual: line.nonprofitAnnual,
    grantValueMonthly: line.grantValueMonthly, grantValueAnnual: line.grantValueAnnual,
  };
}

const minus = (a: string, b: string) => toMoneyString(amount(a).minus(amount(b)));

/** Each cell's cost against the first scenario's; a product a scenario lacks counts as nothing. */
function differencesOf(cells: readonly (ScenarioFigures | null)[]): (Difference | null)[] {
  const first = cells[0] ?? { monthly: '0', annual: '0' };
  return cells.map((cell, i) => {
    if (i === 0) return null;
    const annual = amount(cell?.annual ?? '0').minus(amount(first.annual));
    const direction = annual.isZero() ? 'same' : annual.isPositive() ? 'more' : 'less';
    return { monthly: minus(cell?.monthly ?? '0', first.monthly), annual: toMoneyString(annual), direction };
  });
}

/** A group's granted and blocked seats across the priced lines. */
function groupFigures(group: OrganisationGroup, priced: PricedOrganisation): GroupFigures {
  const parts = priced.lines.flatMap((line) => (line.kind === 'suite' ? line.groups.filter((g) => g.group === group.id) : []));
  return { group, grantedSeats: parts.reduce((n, p) => n + p.grantedSeats, 0), blockedSeats: parts.reduce((n, p) => n + p.blockedSeats, 0) };
}

/**
 * Prices each scenario with priceOrganisation and sets them side by side, every difference against
 * the first scenario. Products are listed in the order they first appear; groups by their place in
 * each scenario (a copied scenario keeps its groups in order).
 */
export function compareScenarios(states: readonly CalculatorState[]): ScenarioComparison {
  const priced = states.map((state) => priceOrganisation(toOrganisationInput(state)));
  const ids = [...new Set(priced.flatMap((p) => p.lines.map((line) => line.product)))];
  const products = ids.map((product) => {
    const cells = priced.map((p) => {
      const line = p.lines.find((l) => l.product === product);
      return line ? figuresOf(line) : null;
    });
    return { product, cells, differences: differencesOf(cells) };
  });
  const rows = Math.max(0, ...states.map((s) => s.groups.length));
  const groups = Array.from({ length: rows }, (_, i) => ({
    cells: states.map((state, s) => (state.groups[i] ? groupFigures(state.groups[i]!, priced[s]!) : null)),
  }));
  const totals = priced.map((p) => figuresOf(p.totals, p.lines.reduce((n, line) => n + line.requestedSeats, 0)));
  return { products, groups, totals: { cells: totals, differences: differencesOf(totals) } };
}
