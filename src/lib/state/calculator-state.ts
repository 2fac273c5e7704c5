import type { Channel } from '../../data/types';
import type { GrantInput } from '../azure/grant';
import type { OpenKey } from '../azure/keys';
import type { QuoteInput } from '../pricing/input';

/** Who the organisation is and when it buys: the calculator's top section. */
export interface Organisation {
  /** Paid staff and unpaid leaders: the only people who may receive granted seats. */
  staff: number;
  volunteers: number;
  channel: Channel;
  /** The day the estimate is for, `YYYY-MM-DD`. */
  asOf: string;
  /** The anniversary `MM-DD` of an existing annual subscription, or null for a new purchase. */
  renewal: string | null;
  /** ISO 3166-1 alpha-2 code of the organisation's country, or null until known. */
  country: string | null;
}

/** A product line; a null seat count follows the organisation's count until the user edits it. */
export interface LineChoice {
  product: string;
  staff: number | null;
  volunteers: number | null;
}

/** The Azure credit planner's choices: each subscription kind, or null when not planned. */
export interface AzureChoice {
  grant: GrantInput | null;
  open: { spend: readonly string[]; keys: readonly OpenKey[]; threshold: string | null } | null;
}

/** Everything the user chose: what share links and saved state hold. */
export interface CalculatorState {
  organisation: Organisation;
  lines: readonly LineChoice[];
  azure: AzureChoice;
}

/** The state a first visit starts from: a small nonprofit with staff, volunteers and a few apps. */
export function defaultState(today: string): CalculatorState {
  return {
    organisation: { staff: 25, volunteers: 40, channel: 'direct', asOf: today, renewal: null, country: null },
    lines: [
      { product: 'm365-business-premium', staff: null, volunteers: 0 },
      { product: 'o365-e1', staff: 0, volunteers: null },
      { product: 'power-apps-per-app', staff: 12, volunteers: 0 },
    ],
    azure: { grant: null, open: null },
  };
}

/** A line's seats with the organisation's counts filled in where the line follows them. */
export function resolveLine(line: LineChoice, organisation: Organisation): { product: string; staff: number; volunteers: number } {
  return {
    product: line.product,
    staff: line.staff ?? organisation.staff,
    volunteers: line.volunteers ?? organisation.volunteers,
  };
}

/** The engine's input for a state. */
export function toQuoteInput(state: CalculatorState): QuoteInput {
  const { organisation } = state;
  return {
    lines: state.lines.map((line) => resolveLine(line, organisation)),
    channel: organisation.channel,
    asOf: organisation.asOf,
    ...(organisation.renewal === null ? {} : { renewal: organisation.renewal }),
  };
}
