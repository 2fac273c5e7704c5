import type { AdvisorInput } from '../pricing/advisor-input';
import type { CalculatorState } from './calculator-state';

/**
 * The plan advisor's input: each group with what it needs (none when it has not said) and the suite
 * it has now. A module of its own, so only the advisor panel's code carries it.
 */
export function toAdvisorInput(state: CalculatorState): AdvisorInput {
  const { organisation: o } = state;
  return {
    groups: state.groups.map((g) => ({ id: g.id, name: g.name, people: g.people, grantEligible: g.grantEligible, needs: g.needs ?? [], current: g.suite, addOns: g.addOns })),
    channel: o.channel, asOf: o.asOf, ...(o.renewal === null ? {} : { renewal: o.renewal }), term: o.term,
  };
}
