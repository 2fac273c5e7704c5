import type { OrganisationGroup } from '../lib';
import type { OrganisationStrings } from '../i18n/parts';

/**
 * The names the groups show: the user's own; else the dictionary's name for grant-eligible people or
 * volunteers, for the first such group; else "Group n". So a link made in one language opens with
 * the other language's names.
 */
export function groupNames(t: OrganisationStrings['groups'], groups: readonly OrganisationGroup[]): string[] {
  const used = new Set<string>();
  return groups.map((group, i) => {
    const fallback = t.defaultNames[group.grantEligible ? 0 : 1];
    const name = group.name !== '' ? group.name : fallback && !used.has(fallback) ? fallback : t.unnamed({ n: i + 1 });
    used.add(name);
    return name;
  });
}
