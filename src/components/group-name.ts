import type { OrganisationGroup } from '../lib';
import type { OrganisationStrings } from '../i18n/parts';

/** The name a group shows: the user's own, else the dictionary's for the starting groups, else "Group n". */
export function groupName(t: OrganisationStrings['groups'], group: OrganisationGroup, index: number): string {
  if (group.name !== '') return group.name;
  return (index < 2 ? t.defaultNames[group.grantEligible ? 0 : 1] : undefined) ?? t.unnamed({ n: index + 1 });
}
