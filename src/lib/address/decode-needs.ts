import type { AdvisorNeed } from '../../data/advisor-presets';
import type { OrganisationGroup } from '../pricing/organisation-input';
import { NEED_OF_CODE } from './need-codes';
import { noteBad, type DecodeContext } from './v1-values';

const INDEX = /^\d{1,3}$/;

/** One `n=` value as the group index and its needs, or undefined when any part is unusable. */
function needsOf(raw: string): { index: number; needs: AdvisorNeed[] } | undefined {
  const [index = '', letters = '', ...rest] = raw.split('.');
  const needs = [...letters].map((letter) => NEED_OF_CODE.get(letter));
  const fits = rest.length === 0 && INDEX.test(index) && needs.length > 0 && needs.every((need, i) => need !== undefined && needs.indexOf(need) === i);
  return fits ? { index: Number(index), needs: needs as AdvisorNeed[] } : undefined;
}

/**
 * The groups with the needs a link's `n=` values give them. `at[i]` is where the link's i-th `g=`
 * ended up among `groups` (undefined when it was dropped: its notice is already given). A damaged
 * value, an index no `g=` has, or a second value for one group is dropped with a notice.
 */
export function withNeeds(
  groups: readonly OrganisationGroup[], at: readonly (number | undefined)[], raws: readonly string[], context: DecodeContext,
): OrganisationGroup[] {
  const out = [...groups];
  const given = new Set<number>();
  for (const raw of raws) {
    const parsed = needsOf(raw);
    if (!parsed || parsed.index >= at.length || given.has(parsed.index)) {
      noteBad(context, 'n', raw);
      continue;
    }
    given.add(parsed.index);
    const target = at[parsed.index];
    if (target !== undefined) out[target] = { ...out[target]!, needs: parsed.needs };
  }
  return out;
}
