import { GUEST, MAX_GROUPS, type OrganisationGroup } from '../pricing/organisation-input';

/** How many characters a group's name keeps: enough for "Volunteers with a mailbox", too few to write a message. */
export const MAX_NAME = 60;

// Controls and bidirectional marks could hide or reverse the text around a name.
const HIDDEN = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/** A name as the user typed it, made safe to keep and show: controls removed, trimmed, cut to MAX_NAME characters. */
export function cleanName(name: string): string {
  return [...name.replace(HIDDEN, '').trim()].slice(0, MAX_NAME).join('').trim();
}

/** Groups with ids `g1`, `g2`, … in order: ids are the page's own handles and are never written into a link. */
export function numberGroups(groups: readonly Omit<OrganisationGroup, 'id'>[]): OrganisationGroup[] {
  return groups.slice(0, MAX_GROUPS).map((group, i) => ({ ...group, id: `g${i + 1}` }));
}

/** An id no group has yet. */
export function freeGroupId(groups: readonly OrganisationGroup[]): string {
  const taken = new Set(groups.map((g) => g.id));
  let n = groups.length + 1;
  while (taken.has(`g${n}`)) n++;
  return `g${n}`;
}

/**
 * The groups a new estimate starts from: 25 paid staff and unpaid leaders on Business Premium
 * (grant-eligible) and 40 volunteers invited free as guests (Business Basic is a grant only, which
 * volunteers cannot receive). Names are empty: the page shows its own.
 */
export function startingGroups(): OrganisationGroup[] {
  return numberGroups([
    { name: '', people: 25, grantEligible: true, suite: 'm365-business-premium', addOns: [] },
    { name: '', people: 40, grantEligible: false, suite: GUEST, addOns: [] },
  ]);
}

export { GUEST };
