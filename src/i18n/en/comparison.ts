/** English strings of the comparison of scenarios, loaded when someone opens it. */

/** Which way a scenario's cost goes against the first scenario's. */
type Direction = 'more' | 'less' | 'same';

export const comparison = {
  heading: 'Scenarios side by side',
  intro: (p: { first: string }) => `Each scenario at its own prices and terms. Every difference is against ${p.first}.`,
  totals: 'All products together',
  products: 'By product',
  groups: 'By group',
  notIn: 'Not in this scenario.',
  seats: 'Seats',
  granted: 'Granted free',
  monthly: 'A month',
  annual: 'A year',
  grantValue: 'Grants worth, a year',
  people: 'People',
  suite: 'Suite',
  blocked: 'Left out by a cap',
  noSuite: 'No suite',
  /** A difference in words and figures: the signed yearly and monthly amounts, already formatted. */
  difference: (p: { direction: Direction; annual: string; monthly: string; than: string }) =>
    p.direction === 'same' ? `Costs the same as ${p.than}.` : `${p.annual} a year (${p.monthly} a month): ${p.direction} than ${p.than}.`,
  differenceLabel: 'Against the first',
  close: 'Hide the comparison',
  loading: 'Loading the comparison…',
};
