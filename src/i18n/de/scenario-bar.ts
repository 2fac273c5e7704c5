/** German strings of the scenario bar, loaded when someone opens it or an estimate holds several scenarios. */
import type { ScenarioBarStrings } from '../parts';

/** What an action on a scenario did, read out to screen readers. */
type Said = (p: { name: string }) => string;

export const scenarioBar: ScenarioBarStrings = {
  label: 'Angezeigtes Szenario',
  hint: 'Probieren Sie neben Ihrer jetzigen Auswahl einen anderen Bezugsweg aus: Szenario duplizieren, ändern und dann vergleichen.',
  /** The name of a scenario left unnamed: "Heute" for the first, then by its place. */
  defaultName: (p: { place: number; number: string }) => (p.place === 1 ? 'Heute' : `Szenario ${p.number}`),
  duplicate: 'Duplizieren',
  rename: 'Umbenennen',
  renameLabel: (p: { name: string }) => `Neuer Name für „${p.name}“`,
  save: 'Namen speichern',
  cancel: 'Abbrechen',
  delete: (p: { name: string }) => `„${p.name}“ löschen`,
  compare: 'Nebeneinander vergleichen',
  hideComparison: 'Vergleich ausblenden',
  full: (p: { max: string }) => `Eine Schätzung umfasst höchstens ${p.max} Szenarien: Löschen Sie eines, um ein weiteres anzulegen.`,
  said: {
    shown: ((p) => `Jetzt angezeigt: ${p.name}.`) as Said,
    duplicated: ((p) => `Kopiert nach ${p.name}, jetzt angezeigt.`) as Said,
    renamed: ((p) => `Umbenannt in ${p.name}.`) as Said,
    deleted: ((p) => `Gelöscht. Jetzt angezeigt: ${p.name}.`) as Said,
  },
};
