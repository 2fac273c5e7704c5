import type { Channel } from '../../data/types';
import type { AzureChoice } from './calculator-state';

/** The organisation as share links of format v=1 describe it: two classes of people counted once each. */
export interface V1Organisation {
  /** Paid staff and unpaid leaders: the only people who may receive granted seats. */
  staff: number;
  volunteers: number;
  channel: Channel;
  asOf: string;
  renewal: string | null;
  country: string | null;
}

/** A product line of a v=1 link; a null seat count follows the organisation's count. */
export interface LineChoice {
  product: string;
  staff: number | null;
  volunteers: number | null;
}

/** What a v=1 link or saved calculation held: seats typed per product line. Read, then converted into groups. */
export interface V1State {
  organisation: V1Organisation;
  lines: readonly LineChoice[];
  azure: AzureChoice;
}
