import { GUEST, type OrganisationGroup } from './organisation-input';
import type { AdvisorGroup } from './advisor-input';

/** Some of a group's people on one suite, with how many of those seats are granted. */
export interface AdvisedPart {
  suite: string;
  seats: number;
  grantedSeats: number;
}

/** A group's advised suites: guest, one suite, or two when a grant or cap makes the split cheaper. */
export interface AdvisedParts {
  group: string;
  guest: boolean;
  parts: AdvisedPart[];
  /** People no suite this purchase can buy covers. */
  unplaced: number;
}

function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The organisation's groups with the advice applied, ready for `priceOrganisation`: a group keeps
 * its id for its first suite; a second suite, or people left without one, become new groups with
 * new ids (`office-o365-e1`), so the page applies the advice in one action.
 */
export function adviceToGroups(groups: readonly AdvisorGroup[], advised: readonly AdvisedParts[]): OrganisationGroup[] {
  const taken = new Set(groups.map((g) => g.id));
  return groups.flatMap((group, i) => {
    const { parts, guest, unplaced } = advised[i]!;
    // The needs stay with the people, so the advisor reads them again after the advice is applied.
    const base = { name: group.name, grantEligible: group.grantEligible, addOns: group.addOns ?? [], ...(group.needs.length > 0 ? { needs: group.needs } : {}) };
    if (guest) return [{ ...base, id: group.id, people: group.people, suite: GUEST }];
    const out: OrganisationGroup[] = parts.map((part, j) => ({
      ...base, id: j === 0 ? group.id : freeId(`${group.id}-${part.suite}`, taken), people: part.seats, suite: part.suite,
    }));
    if (unplaced > 0 || out.length === 0) {
      out.push({ ...base, id: out.length === 0 ? group.id : freeId(`${group.id}-unplaced`, taken), people: unplaced, suite: null });
    }
    return out;
  });
}
