import { azureInOpen } from '../../data/azure';
import { PLAN_MONTHS } from './schedule';
import { MAX_KEYS, MAX_UNITS } from './keys';
import { planOpen, type OpenInput, type OpenPlan } from './open';
import { amount, sum } from '../core/money';

/** A key to buy: how many units, activated on which day. */
export interface UnitSuggestion {
  activateOn: string;
  units: number;
}

/**
 * Keys to buy so that nothing is suspended and as little as possible expires unused: at the first
 * month the credit runs short, a key of just enough whole units for the shortfall of the 12 months
 * it will be valid; repeated until the plan has no shortfall. Only the part of a unit that the
 * shortfall does not use can expire.
 */
export function suggestUnits(asOf: string, input: OpenInput, months = PLAN_MONTHS): { suggestions: UnitSuggestion[]; plan: OpenPlan } {
  const unit = amount(azureInOpen.unitValue.value);
  const keys = [...input.keys];
  const suggestions: UnitSuggestion[] = [];
  let plan = planOpen(asOf, input, months);
  while (keys.length < MAX_KEYS) {
    const first = plan.months.findIndex((m) => amount(m.unmet).greaterThan(0));
    if (first < 0) break;
    const keyLife = plan.months.slice(first, first + azureInOpen.validityMonths.value);
    const shortfall = sum(keyLife.map((m) => amount(m.unmet)));
    const units = Math.min(MAX_UNITS, shortfall.div(unit).ceil().toNumber());
    const activateOn = plan.months[first]!.start;
    suggestions.push({ activateOn, units });
    keys.push({ units, purchased: activateOn, activated: activateOn });
    plan = planOpen(asOf, { ...input, keys }, months);
  }
  return { suggestions, plan };
}
