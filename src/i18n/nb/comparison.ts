/** Norwegian strings of the comparison of scenarios, loaded when someone opens it. */
import type { ComparisonStrings } from '../parts';

/** Which way a scenario's cost goes against the first scenario's, as "… enn" says it. */
const directions = { more: 'mer', less: 'mindre' };

export const comparison: ComparisonStrings = {
  heading: 'Scenarioene side om side',
  intro: (p: { first: string }) => `Hvert scenario med sine egne priser og vilkår. Alle forskjeller er regnet mot «${p.first}».`,
  totals: 'Alle produktene samlet',
  products: 'Per produkt',
  groups: 'Per gruppe',
  notIn: 'Ikke med i dette scenarioet.',
  seats: 'Lisenser',
  granted: 'Bevilget gratis',
  monthly: 'Per måned',
  annual: 'Per år',
  grantValue: 'Bevilgningenes verdi per år',
  people: 'Personer',
  suite: 'Programserie',
  blocked: 'Utelatt på grunn av et tak',
  noSuite: 'Ingen programserie',
  /** A difference in words and figures: the signed yearly and monthly amounts, already formatted; a scenario's name in «» (it may be any words). */
  difference: (p) =>
    p.direction === 'same' ? `Koster det samme som «${p.than}».` : `${p.annual} per år (${p.monthly} per måned): ${directions[p.direction]} enn «${p.than}».`,
  differenceLabel: 'Mot det første',
  close: 'Skjul sammenligningen',
  loading: 'Henter sammenligningen …',
};
