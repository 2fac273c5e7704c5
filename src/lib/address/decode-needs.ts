import type { AdvisorNeed } from '../../data/advisor-presets';
import { NEED_OF_LETTER } from './need-codes';
import { noteBad, type DecodeContext } from './v1-values';

const INDEX = /^\d{1,3}$/;

/**
 * What a link's `n=` values say each group needs, by the index of the group's `g=` (there are
 * `count`). A damaged value, an index no `g=` has, or a second value for one group is dropped with a notice.
 */
export function needsOf(raws: readonly string[], count: number, context: DecodeContext): Map<number, AdvisorNeed[]> {
  const byIndex = new Map<number, AdvisorNeed[]>();
  for (const raw of raws) {
    const [index = '', letters = '', ...rest] = raw.split('.');
    const needs = [...letters].map((letter) => NEED_OF_LETTER[letter]);
    const at = Number(index);
    const fits = rest.length === 0 && INDEX.test(index) && at < count && !byIndex.has(at) && needs.length > 0 &&
      needs.every((need, i) => need !== undefined && needs.indexOf(need) === i);
    if (fits) byIndex.set(at, needs as AdvisorNeed[]);
    else noteBad(context, 'n', raw);
  }
  return byIndex;
}
