/** German strings of the comparison of scenarios, loaded when someone opens it. */
import type { ComparisonStrings } from '../parts';

/** Which way a scenario's cost goes against the first scenario's. */
type Direction = 'more' | 'less' | 'same';

/** "more"/"less" after the amounts: "mehr als …", "weniger als …". */
const directions = { more: 'mehr', less: 'weniger' } satisfies Record<Exclude<Direction, 'same'>, string>;

export const comparison: ComparisonStrings = {
  heading: 'Szenarien nebeneinander',
  intro: (p: { first: string }) => `Jedes Szenario zu seinen eigenen Preisen und Bedingungen. Alle Unterschiede beziehen sich auf „${p.first}“.`,
  totals: 'Alle Produkte zusammen',
  products: 'Nach Produkt',
  groups: 'Nach Gruppe',
  notIn: 'Nicht in diesem Szenario.',
  seats: 'Lizenzen',
  granted: 'Davon kostenlos',
  monthly: 'Pro Monat',
  annual: 'Pro Jahr',
  grantValue: 'Wert der Zuschüsse pro Jahr',
  people: 'Personen',
  suite: 'Paket',
  blocked: 'Wegen einer Obergrenze ausgelassen',
  noSuite: 'Kein Paket',
  /** A difference in words and figures: the signed yearly and monthly amounts, already formatted; the name in quotes, since "weniger als Heute" would read as a date. */
  difference: (p: { direction: Direction; annual: string; monthly: string; than: string }) =>
    p.direction === 'same'
      ? `Kostet genauso viel wie „${p.than}“.`
      : `${p.annual} im Jahr (${p.monthly} im Monat): ${directions[p.direction]} als „${p.than}“.`,
  differenceLabel: 'Gegenüber dem ersten',
  close: 'Vergleich ausblenden',
  loading: 'Vergleich wird geladen …',
};
