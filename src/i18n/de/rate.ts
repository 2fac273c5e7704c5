/** German strings of the indicative amount in the user's currency, loaded when someone uses it. */
import type { RateStrings } from '../parts';

export const rate: RateStrings = {
  currency: 'Ihre Währung',
  noCurrency: 'Währung wählen',
  rate: (p: { currency: string }) => `Wie viel ${p.currency} ein US-Dollar kostet`,
  rateHint: 'Ihr eigener Kurs, etwa der Ihrer Bank von heute. Der Rechner ruft nie selbst einen Kurs ab.',
  note: "Der Rechner kennt die Non-Profit-Preise von Microsoft nur in US-Dollar. Der Betrag in Ihrer Währung ist nur Ihre eigene Umrechnung zu Ihrem Kurs. Berechnet wird, was Microsoft oder Ihr Partner in Rechnung stellt.",
  estimate: 'umgerechnet zu Ihrem Kurs',
  problems: {
    'decimal-mark': 'Verwenden Sie ein Komma als Dezimalzeichen, etwa 10,80.',
    'not-positive': 'Geben Sie einen Kurs über null ein, etwa 0,92, oder lassen Sie das Feld leer.',
    'too-large': 'Dieser Kurs ist zu hoch; bitte prüfen Sie die Zahl.',
    'too-precise': 'Verwenden Sie höchstens sechs Nachkommastellen.',
  },
};
