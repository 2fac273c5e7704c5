/** English strings several islands show: field problems, source notes, the embed heading. */
import type { SeatProblem, WhenProblem } from '../../lib';
import { MAX_SEATS } from '../../lib/core/limits';
import { count } from './count';

export const common = {
  seatProblems: {
    empty: 'Enter a number of seats, such as 25.',
    'not-a-number': 'Use digits only, such as 25.',
    negative: 'Seats cannot be negative.',
    fraction: 'Seats are whole licences: use a whole number.',
    'too-large': `That is more than ${count(MAX_SEATS)} seats.`,
  } satisfies Record<SeatProblem, string>,
  dateProblems: {
    empty: 'Enter a full date.',
    'before-book': (p: { first: string }) => `The price book starts on ${p.first}; choose a later date.`,
    'renewal-before-book': (p: { first: string }) =>
      `With this renewal date the current term began before ${p.first}, where the price book starts.`,
    'too-far': (p: { last: string }) => `The calculator plans up to ${p.last}; choose an earlier date.`,
  } satisfies Record<WhenProblem, unknown>,
  /** After a field's problem: what the results still use. */
  kept: (p: { value: string }) => `The results still use ${p.value}.`,
  source: 'Source',
  /** Said after a link that opens in a new tab, for screen readers. */
  newTab: '(opens in a new tab)',
  mediumConfidence: 'medium confidence',
  noPrice: 'Ask a Microsoft partner',
  embedHeading: 'Embed this calculator',
};
