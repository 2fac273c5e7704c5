import type { BillingTerm } from '../../data/types';
import type { OrganisationGroup } from '../pricing/organisation-input';
import type { CalculatorState } from '../state/calculator-state';
import { azurePairs, CODE_OF_CHANNEL } from './encode-v1';
import { needsPairs } from './need-codes';
import { writeQuery } from './query';

export { CHANNEL_OF_CODE } from './encode-v1';

/** The share-link format written today (see `keys.ts`). A link made with any version keeps opening: each version keeps its decoder. */
export const CURRENT_VERSION = '2';

/** The billing term each `t=` code stands for. */
export const TERM_OF_CODE: ReadonlyMap<string, BillingTerm> = new Map([['y', 'annual-yearly'], ['ym', 'annual-monthly'], ['m', 'monthly']]);
const CODE_OF_TERM = Object.fromEntries([...TERM_OF_CODE].map(([code, term]) => [term, code])) as Record<BillingTerm, string>;

/** One group as `people.grant.suite.addOns.name`: grant 1 or 0, suite empty for none, add-ons comma-separated, the name last (it may hold dots). */
export function encodeGroup(group: OrganisationGroup): string {
  return [group.people, group.grantEligible ? '1' : '0', group.suite ?? '', group.addOns.join(','), group.name].join('.');
}

/** The query string (without `?`) that reopens a state, format v=2; each group's needs ride apart in `n=`, so `g=` keeps its format. */
export function encodeState(state: CalculatorState): string {
  const { organisation: o } = state;
  const pairs: [string, string][] = [['v', CURRENT_VERSION], ['c', CODE_OF_CHANNEL[o.channel]], ['d', o.asOf]];
  if (o.renewal !== null) pairs.push(['r', o.renewal]);
  if (o.country !== null) pairs.push(['co', o.country]);
  pairs.push(['t', CODE_OF_TERM[o.term]]);
  if (state.groups.length === 0) pairs.push(['g', '']);
  for (const group of state.groups) pairs.push(['g', encodeGroup(group)]);
  pairs.push(...needsPairs(state.groups));
  pairs.push(...azurePairs(state.azure));
  return writeQuery(pairs);
}
