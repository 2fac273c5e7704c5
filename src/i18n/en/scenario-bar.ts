/** English strings of the scenario bar, loaded when someone opens it or an estimate holds several scenarios. */

/** What an action on a scenario did, read out to screen readers. */
type Said = (p: { name: string }) => string;

export const scenarioBar = {
  label: 'Scenario shown',
  hint: 'Try another way of buying beside what you have: duplicate this scenario, change it, then compare them.',
  /** The name of a scenario left unnamed: "Today" for the first, then by its place. */
  defaultName: (p: { place: number; number: string }) => (p.place === 1 ? 'Today' : `Scenario ${p.number}`),
  duplicate: 'Duplicate',
  rename: 'Rename',
  renameLabel: (p: { name: string }) => `New name for ${p.name}`,
  save: 'Save name',
  cancel: 'Cancel',
  delete: (p: { name: string }) => `Delete ${p.name}`,
  compare: 'Compare side by side',
  hideComparison: 'Hide the comparison',
  full: (p: { max: string }) => `An estimate holds at most ${p.max} scenarios: delete one to add another.`,
  said: {
    shown: ((p) => `Now showing ${p.name}.`) as Said,
    duplicated: ((p) => `Copied into ${p.name}, now shown.`) as Said,
    renamed: ((p) => `Renamed to ${p.name}.`) as Said,
    deleted: ((p) => `Deleted. Now showing ${p.name}.`) as Said,
  },
};
