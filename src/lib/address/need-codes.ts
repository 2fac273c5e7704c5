import type { AdvisorNeed } from '../../data/advisor-presets';
import type { OrganisationGroup } from '../pricing/organisation-input';

/**
 * The need each letter of a link's `n=` value stands for (see `keys.ts`). One letter each, run
 * together: words (`mail%2Cdesktop`) would take ten groups with every need over a 2,000-character
 * link. A type only from the presets module, so the page's first load carries none of the advisor.
 */
export const NEED_OF_LETTER: Readonly<Record<string, AdvisorNeed>> = { m: 'mail-and-web-apps', d: 'desktop-apps', s: 'device-security', c: 'compliance', p: 'phone-and-bi' };

const LETTERS = Object.keys(NEED_OF_LETTER);

/** The `n=` pairs of the groups that say what they need: `index.letters`, the index that of the group's `g=`. */
export function needsPairs(groups: readonly OrganisationGroup[]): [string, string][] {
  return groups.flatMap((group, i): [string, string][] =>
    group.needs?.length ? [['n', `${i}.${group.needs.map((need) => LETTERS.find((l) => NEED_OF_LETTER[l] === need)).join('')}`]] : []);
}
