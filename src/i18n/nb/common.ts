/** Norwegian strings several islands show: field problems, source notes, the embed heading. */
import type { SeatProblem, WhenProblem } from '../../lib';
import { MAX_SEATS } from '../../lib/core/limits';
import type { CommonStrings } from '../parts';
import { count } from './count';

export const common: CommonStrings = {
  seatProblems: {
    empty: 'Skriv inn et antall lisenser, for eksempel 25.',
    'not-a-number': 'Bruk bare sifre, for eksempel 25.',
    negative: 'Antall lisenser kan ikke være negativt.',
    fraction: 'Lisenser kjøpes bare hele: bruk et helt tall.',
    'too-large': `Det er flere enn ${count(MAX_SEATS)} lisenser.`,
  } satisfies Record<SeatProblem, string>,
  dateProblems: {
    empty: 'Skriv inn en fullstendig dato.',
    'before-book': (p: { first: string }) => `Prislisten starter ${p.first}. Velg en senere dato.`,
    'renewal-before-book': (p: { first: string }) =>
      `Med denne fornyelsesdatoen begynte inneværende abonnementsår før ${p.first}, men prislisten starter først da.`,
    'too-far': (p: { last: string }) => `Kalkulatoren regner fram til ${p.last}. Velg en tidligere dato.`,
  } satisfies Record<WhenProblem, unknown>,
  /** After a field's problem: what the results still use. */
  kept: (p: { value: string }) => `Resultatene bruker fortsatt ${p.value}.`,
  source: 'Kilde',
  /** Said after a link that opens in a new tab, for screen readers. */
  newTab: '(åpnes i en ny fane)',
  mediumConfidence: 'middels sikkerhet',
  noPrice: 'Spør en Microsoft-partner',
  embedHeading: 'Bygg inn kalkulatoren',
};
