import type { PriceBook } from '../../data/types';
import { GUEST, type OrganisationGroup } from './organisation-input';
import type { Allocation } from './seats';

/** Whether one group's people hold a suite: covered, or left out as guests, without a suite, or blocked by a cap. */
export interface GroupCoverage {
  group: string;
  people: number;
  suite: OrganisationGroup['suite'];
  covered: number;
  uncovered: number;
  /** People whose suite seat cannot be bought (a cap, or an end of sale). */
  blocked: number;
}

/** Everyone in the groups, once: people = covered + uncovered, and uncovered = guests + without a suite + blocked. */
export interface Coverage {
  people: number;
  covered: number;
  uncovered: number;
  guests: number;
  withoutSuite: number;
  blocked: number;
  groups: GroupCoverage[];
}

/** Who holds a suite. One suite per group, so no person can hold two. */
export function coverageOf(groups: readonly OrganisationGroup[], allocations: readonly Allocation[], book: PriceBook): Coverage {
  const suites = new Set(book.products.filter((p) => p.kind === 'suite').map((p) => p.id));
  const perGroup = groups.map((group): GroupCoverage => {
    const suite = allocations.find((a) => a.group === group.id && suites.has(a.product));
    const covered = suite?.seats ?? 0;
    return { group: group.id, people: group.people, suite: group.suite, covered, uncovered: group.people - covered, blocked: suite?.blockedSeats ?? 0 };
  });
  const total = (pick: (g: GroupCoverage) => number) => perGroup.reduce((n, g) => n + pick(g), 0);
  return {
    people: total((g) => g.people),
    covered: total((g) => g.covered),
    uncovered: total((g) => g.uncovered),
    guests: total((g) => (g.suite === GUEST ? g.people : 0)),
    withoutSuite: total((g) => (g.suite === null ? g.people : 0)),
    blocked: total((g) => g.blocked),
    groups: perGroup,
  };
}
