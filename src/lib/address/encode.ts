import type { BillingTerm } from '../../data/types';
import type { OrganisationGroup } from '../pricing/organisation-input';
import type { CalculatorState } from '../state/calculator-state';
import type { Estimate } from '../state/estimate';
import { azurePairs, CODE_OF_CHANNEL } from './encode-v1';
import { needsPairs } from './need-codes';
import { writeQuery } from './query';

export { CHANNEL_OF_CODE } from './encode-v1';

/** The share-link format of one scenario (see `keys.ts`). A link made with any version keeps opening: each version keeps its decoder. */
export const CURRENT_VERSION = '2';

/** The format of an estimate of several (or named) scenarios: a header, then each scenario's own v=2 pairs. */
export const SCENARIOS_VERSION = '3';

/** The billing term each `t=` code stands for. */
export const TERM_OF_CODE: ReadonlyMap<string, BillingTerm> = new Map([['y', 'annual-yearly'], ['ym', 'annual-monthly'], ['m', 'monthly']]);
const CODE_OF_TERM = Object.fromEntries([...TERM_OF_CODE].map(([code, term]) => [term, code])) as Record<BillingTerm, string>;

/** One group as `people.grant.suite.addOns.name`: grant 1 or 0, suite empty for none, add-ons comma-separated, the name last (it may hold dots). */
export function encodeGroup(group: OrganisationGroup): string {
  return [group.people, group.grantEligible ? '1' : '0', group.suite ?? '', group.addOns.join(','), group.name].join('.');
}

/** The query string (without `?`) that reopens a state, format v=2; each group's needs ride apart in `n=`, so `g=` keeps its format. */
export function encodeState(state: CalculatorState): string {
  return writeQuery(statePairs(state));
}

/**
 * The query string that reopens an estimate: one unnamed scenario writes exactly its v=2 link;
 * otherwise v=3, the active index, then per scenario `x=<name>` and its v=2 pairs without `v`.
 */
export function encodeEstimate(estimate: Estimate): string {
  const { scenarios } = estimate;
  if (scenarios.length === 1 && scenarios[0]!.name === '') return encodeState(scenarios[0]!.state);
  const pairs: [string, string][] = [['v', SCENARIOS_VERSION], ['a', String(estimate.active)]];
  for (const { name, state } of scenarios) pairs.push(['x', name], ...statePairs(state).filter(([key]) => key !== 'v'));
  return writeQuery(pairs);
}

/** A state's v=2 pairs, in the order links write them. */
function statePairs(state: CalculatorState): [string, string][] {
  const { organisation: o } = state;
  const pairs: [string, string][] = [['v', CURRENT_VERSION], ['c', CODE_OF_CHANNEL[o.channel]], ['d', o.asOf]];
  if (o.renewal !== null) pairs.push(['r', o.renewal]);
  if (o.country !== null) pairs.push(['co', o.country]);
  pairs.push(['t', CODE_OF_TERM[o.term]]);
  if (state.groups.length === 0) pairs.push(['g', '']);
  for (const group of state.groups) pairs.push(['g', encodeGroup(group)]);
  pairs.push(...needsPairs(state.groups));
  pairs.push(...azurePairs(state.azure));
  if (state.rate) pairs.push(['fx', `${state.rate.currency}.${state.rate.rate}`]);
  return pairs;
}
