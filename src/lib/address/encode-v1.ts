import type { Channel } from '../../data/types';
import type { AzureChoice } from '../state/calculator-state';
import type { V1State } from '../state/v1-state';
import { writeQuery } from './query';

/** The channel each `c=` code stands for. */
export const CHANNEL_OF_CODE: ReadonlyMap<string, Channel> = new Map([['d', 'direct'], ['ea', 'enterprise-agreement']]);
export const CODE_OF_CHANNEL: Record<Channel, string> = { direct: 'd', 'enterprise-agreement': 'ea' };

function encodeSeats(seats: number | null): string {
  return seats === null ? 'f' : String(seats);
}

/** The query string of format v=1 for a v=1 state, as links were written before groups: kept to prove old links still read. */
export function encodeV1(state: V1State): string {
  const { organisation: o } = state;
  const pairs: [string, string][] = [['v', '1'], ['s', String(o.staff)], ['vo', String(o.volunteers)], ['c', CODE_OF_CHANNEL[o.channel]], ['d', o.asOf]];
  if (o.renewal !== null) pairs.push(['r', o.renewal]);
  if (o.country !== null) pairs.push(['co', o.country]);
  if (state.lines.length === 0) pairs.push(['l', '']);
  for (const line of state.lines) pairs.push(['l', [line.product, encodeSeats(line.staff), encodeSeats(line.volunteers)].join('.')]);
  pairs.push(...azurePairs(state.azure));
  return writeQuery(pairs);
}

/** The Azure planner's keys, the same in every version. */
export function azurePairs({ grant, open }: AzureChoice): [string, string][] {
  const pairs: [string, string][] = [];
  if (grant) pairs.push(['gs', grant.start], ['gu', grant.usedSoFar], ['gm', grant.spend.join(',')]);
  if (open) {
    pairs.push(['om', open.spend.join(',')]);
    for (const key of open.keys) pairs.push(['ok', [key.units, key.purchased, key.activated].join('.')]);
    if (open.threshold !== null) pairs.push(['ot', open.threshold]);
  }
  return pairs;
}
