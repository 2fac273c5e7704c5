/** Norwegian bokmål strings of the indicative amount in the user's currency, loaded when someone uses it. */
import type { RateStrings } from '../parts';

export const rate: RateStrings = {
  currency: 'Din valuta',
  noCurrency: 'Velg en valuta',
  rate: (p: { currency: string }) => `Hvor mange ${p.currency} én amerikansk dollar koster`,
  rateHint: 'Din egen kurs, for eksempel bankens kurs i dag. Kalkulatoren henter aldri en kurs selv.',
  note: "Kalkulatoren kjenner Microsofts priser for ideelle organisasjoner bare i amerikanske dollar. Beløpet i din valuta er bare din egen omregning, etter din kurs. Du faktureres det Microsoft eller partneren din tar betalt.",
  estimate: 'anslag etter din kurs',
  problems: {
    'decimal-mark': 'Bruk komma som desimaltegn, for eksempel 10,80.',
    'not-positive': 'Skriv inn en kurs over null, for eksempel 10,80, eller la feltet stå tomt.',
    'too-large': 'Kursen er for høy; sjekk tallet.',
    'too-precise': 'Bruk høyst seks desimaler.',
  },
};
