import type { Channel } from '../../data/types';
import type { CalculatorState } from '../state/calculator-state';
import { writeQuery } from './query';

/** The share-link format written today (see `keys.ts`). A link made with any version keeps opening: each version keeps its decoder. */
export const CURRENT_VERSION = '1';

/** The channel each `c=` code stands for. */
export const CHANNEL_OF_CODE: ReadonlyMap<string, Channel> = new Map([['d', 'direct'], ['ea', 'enterprise-agreement']]);
const CODE_OF_CHANNEL: Record<Channel, string> = { direct: 'd', 'enterprise-agreement': 'ea' };

function encodeSeats(seats: number | null): string {
  return seats === null ? 'f' : String(seats);
}

/** The query string (without `?`) that reopens a state. */
export function encodeState(state: CalculatorState): string {
  const { organisation: o } = state;
  const pairs: [string, string][] = [['v', CURRENT_VERSION], ['s', String(o.staff)], ['vo', String(o.volunteers)], ['c', CODE_OF_CHANNEL[o.channel]], ['d', o.asOf]];
  if (o.renewal !== null) pairs.push(['r', o.renewal]);
  if (o.country !== null) pairs.push(['co', o.country]);
  if (state.lines.length === 0) pairs.push(['l', '']);
  for (const line of state.lines) pairs.push(['l', [line.product, encodeSeats(line.staff), encodeSeats(line.volunteers)].join('.')]);
  const { grant, open } = state.azure;
  if (grant) pairs.push(['gs', grant.start], ['gu', grant.usedSoFar], ['gm', grant.spend.join(',')]);
  if (open) {
    pairs.push(['om', open.spend.join(',')]);
    for (const key of open.keys) pairs.push(['ok', [key.units, key.purchased, key.activated].join('.')]);
    if (open.threshold !== null) pairs.push(['ot', open.threshold]);
  }
  return writeQuery(pairs);
}
