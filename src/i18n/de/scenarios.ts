/** German strings of the scenarios' first paint: one button; the bar's own words load with it (scenario-bar.ts). */
import type { ScenarioStrings } from '../parts';

export const scenarios: ScenarioStrings = {
  region: 'Szenarien dieser Schätzung',
  open: 'Einen anderen Bezugsweg vergleichen',
  openHint: 'Diese Schätzung bleibt, wie sie ist, und Sie probieren daneben eine andere aus: andere Pakete, anderer Bezugsweg, andere Laufzeit oder ein anderes Datum.',
};
