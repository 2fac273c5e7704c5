/** Norwegian strings of the scenario bar, loaded when someone opens it or an estimate holds several scenarios. */
import type { ScenarioBarStrings } from '../parts';

export const scenarioBar: ScenarioBarStrings = {
  label: 'Scenario som vises',
  hint: 'Prøv en annen måte å kjøpe på ved siden av det dere har: lag en kopi av dette scenarioet, endre den og sammenlign dem.',
  /** The name of a scenario left unnamed: "I dag" for the first, then by its place. */
  defaultName: (p: { place: number; number: string }) => (p.place === 1 ? 'I dag' : `Scenario ${p.number}`),
  duplicate: 'Lag en kopi',
  rename: 'Gi nytt navn',
  renameLabel: (p: { name: string }) => `Nytt navn på «${p.name}»`,
  save: 'Lagre navnet',
  cancel: 'Avbryt',
  delete: (p: { name: string }) => `Slett «${p.name}»`,
  compare: 'Sammenlign side om side',
  hideComparison: 'Skjul sammenligningen',
  full: (p: { max: string }) => `Et overslag kan ha høyst ${p.max} scenarioer: slett ett for å legge til et nytt.`,
  /** Said to screen readers; a scenario's name stands in «», as it may be any words ("Viser nå «I dag»."). */
  said: {
    shown: (p) => `Viser nå «${p.name}».`,
    duplicated: (p) => `Kopiert til «${p.name}», som vises nå.`,
    renamed: (p) => `Nytt navn: «${p.name}».`,
    deleted: (p) => `Slettet. Viser nå «${p.name}».`,
  },
};
