/** German strings several islands show: field problems, source notes, the embed heading. */
import type { SeatProblem, WhenProblem } from '../../lib';
import { MAX_SEATS } from '../../lib/core/limits';
import type { CommonStrings } from '../parts';
import { count } from './count';

export const common: CommonStrings = {
  seatProblems: {
    empty: 'Geben Sie eine Anzahl Lizenzen ein, zum Beispiel 25.',
    'not-a-number': 'Bitte nur Ziffern eingeben, zum Beispiel 25.',
    negative: 'Die Anzahl der Lizenzen kann nicht negativ sein.',
    fraction: 'Lizenzen gibt es nur ganz: Geben Sie eine ganze Zahl ein.',
    'too-large': `Das sind mehr als ${count(MAX_SEATS)} Lizenzen.`,
  } satisfies Record<SeatProblem, string>,
  dateProblems: {
    empty: 'Geben Sie ein vollständiges Datum ein.',
    'before-book': (p: { first: string }) => `Die Preisliste beginnt am ${p.first}. Wählen Sie ein späteres Datum.`,
    'renewal-before-book': (p: { first: string }) =>
      `Mit diesem Verlängerungsdatum hätte die laufende Vertragslaufzeit vor dem ${p.first} begonnen, und dort beginnt die Preisliste erst.`,
    'too-far': (p: { last: string }) => `Der Rechner plant bis zum ${p.last}. Wählen Sie ein früheres Datum.`,
  } satisfies Record<WhenProblem, unknown>,
  /** After a field's problem: what the results still use. */
  kept: (p: { value: string }) => `Die Ergebnisse verwenden weiterhin: ${p.value}.`,
  source: 'Quelle',
  /** Said after a link that opens in a new tab, for screen readers. */
  newTab: '(öffnet in einem neuen Tab)',
  mediumConfidence: 'mittlere Verlässlichkeit',
  noPrice: 'Bei einem Microsoft-Partner anfragen',
  embedHeading: 'Diesen Rechner einbetten',
};
