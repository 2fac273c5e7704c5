import { ADVISOR_NEEDS, type AdvisorNeed } from '../../data/advisor-presets';
import type { OrganisationGroup } from '../pricing/organisation-input';

/**
 * Each need's letter in a link's `n=` value (see `keys.ts`). One letter each, run together: words
 * (`mail%2Cdesktop`) would take ten groups with every need over a 2,000-character link.
 */
const CODE_OF_NEED = {
  'mail-and-web-apps': 'm', 'desktop-apps': 'd', 'device-security': 's', compliance: 'c', 'phone-and-bi': 'p',
} as const satisfies Record<AdvisorNeed, string>;

/** The need each `n=` letter stands for. */
export const NEED_OF_CODE: ReadonlyMap<string, AdvisorNeed> = new Map(ADVISOR_NEEDS.map((need) => [CODE_OF_NEED[need], need]));

/** The `n=` pairs of the groups that say what they need: `index.letters`, the index that of the group's `g=`. */
export function needsPairs(groups: readonly OrganisationGroup[]): [string, string][] {
  return groups.flatMap((group, i): [string, string][] =>
    group.needs && group.needs.length > 0 ? [['n', `${i}.${group.needs.map((need) => CODE_OF_NEED[need]).join('')}`]] : []);
}
