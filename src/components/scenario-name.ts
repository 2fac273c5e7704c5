import type { Scenario } from '../lib';
import type { Formatters } from '../i18n/format';
import type { ScenarioBarStrings } from '../i18n/parts';

/**
 * The names the scenarios show: the user's own, else the dictionary's by place ("Today", "Scenario 2"),
 * so a link made in one language opens with the other language's names.
 */
export function scenarioNames(t: ScenarioBarStrings, format: Formatters, scenarios: readonly Scenario[]): string[] {
  return scenarios.map((scenario, i) => scenario.name || t.defaultName({ place: i + 1, number: format.count(i + 1) }));
}
