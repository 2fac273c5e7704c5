import { applyProposal as proposalGroups, freeGroupId, MAX_GROUPS, type OrganisationGroup, type Proposal } from '../lib';
import { update } from './calculator';

/** The fields of a group the page edits. */
export type GroupFields = Partial<Omit<OrganisationGroup, 'id'>>;

function setGroups(change: (groups: readonly OrganisationGroup[]) => readonly OrganisationGroup[]): void {
  update((state) => ({ ...state, groups: change(state.groups) }));
}

/** Adds an empty group (no people, no suite) at the end; returns its id so the page can focus it. */
export function addGroup(grantEligible = false): string | null {
  let id: string | null = null;
  setGroups((groups) => {
    if (groups.length >= MAX_GROUPS) return groups;
    id = freeGroupId(groups);
    return [...groups, { id, name: '', people: 0, grantEligible, suite: null, addOns: [] }];
  });
  return id;
}

/** Changes one group's fields. */
export function setGroup(id: string, fields: GroupFields): void {
  setGroups((groups) => groups.map((group) => (group.id === id ? { ...group, ...fields } : group)));
}

/** Turns an add-on on or off for one group. */
export function setAddOn(id: string, addOn: string, on: boolean): void {
  setGroups((groups) =>
    groups.map((group) => {
      if (group.id !== id) return group;
      const without = group.addOns.filter((a) => a !== addOn);
      return { ...group, addOns: on ? [...without, addOn] : without };
    }),
  );
}

/** Splits a group: a new group right after it takes `people` of its people (at most all), with the same grant eligibility, suite and add-ons. */
export function splitGroup(id: string, people: number): string | null {
  let created: string | null = null;
  setGroups((groups) => {
    const at = groups.findIndex((group) => group.id === id);
    if (at === -1 || groups.length >= MAX_GROUPS) return groups;
    const source = groups[at]!;
    const moved = Math.max(0, Math.min(Math.floor(people), source.people));
    created = freeGroupId(groups);
    const part: OrganisationGroup = { ...source, id: created, name: '', people: moved, addOns: [...source.addOns] };
    return [...groups.slice(0, at), { ...source, people: source.people - moved }, part, ...groups.slice(at + 1)];
  });
  return created;
}

/** Removes a group and its people. */
export function removeGroup(id: string): void {
  setGroups((groups) => groups.filter((group) => group.id !== id));
}

/** Applies the engine's proposal for people a cap leaves out: the one action beside the cap in the totals. */
export function applyProposal(proposal: Proposal): void {
  setGroups(() => proposalGroups(proposal));
}
