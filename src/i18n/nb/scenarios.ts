/** Norwegian strings of the scenarios' first paint: one button; the bar's own words load with it (scenario-bar.ts). */
import type { ScenarioStrings } from '../parts';

export const scenarios: ScenarioStrings = {
  region: 'Scenarioer for dette overslaget',
  open: 'Sammenlign med en annen måte å kjøpe på',
  openHint: 'Behold dette overslaget som det er, og prøv et annet ved siden av: andre programserier, kjøpsmåte, abonnementsform eller dato.',
};
