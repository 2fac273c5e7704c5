/** Why the engine refused an input, in German; loaded the first time a page has to say it. */
import type { BillingTerm } from '../../data/types';
import type { ErrorStrings } from '../messages';
import { either } from '../lists';
import { count, plural } from './count';

/** What each billing term code means, beside the code a caller must write. */
const termNames: Record<BillingTerm, string> = {
  'annual-yearly': 'Jahreslaufzeit, jährliche Zahlung',
  'annual-monthly': 'Jahreslaufzeit, monatliche Zahlung',
  monthly: 'monatliche Laufzeit',
};

export const errors: ErrorStrings = {
  failed: 'Diese Kombination ließ sich nicht berechnen:',

  /**
   * `f` names the input at fault (`lines[0].staff`) and stays as the code writes it, as do the codes
   * in quotes and the ISO dates a caller passed: they name what was sent, not words of the page.
   */
  messages: {
    'invalid-lines': (f, p) => `${f} muss eine Liste von Produktzeilen sein (höchstens ${count(p.max)}).`,
    'invalid-seats': (f, p) => `${f} muss eine ganze Zahl von Lizenzen zwischen ${count(p.min)} und ${count(p.max)} sein.`,
    'unknown-product': (f, p) => `${f}: Ein Produkt „${p.value}“ gibt es in der Preisliste nicht.`,
    'duplicate-product': (f, p) =>
      `${f}: „${p.value}“ steht schon in einer anderen Zeile; fassen Sie alle seine Lizenzen in einer Zeile zusammen, damit der Zuschuss nur einmal zählt.`,
    'invalid-channel': (f, p) => `${f} muss ${either('de', p.allowed.map((channel) => `„${channel}“`))} sein.`,
    'invalid-date': (f) => `${f} muss ein gültiges Datum in der Form JJJJ-MM-TT sein.`,
    'invalid-renewal': (f) => `${f} muss ein Tag im Jahr in der Form MM-TT sein, zum Beispiel 11-01.`,
    // The dates stay as written in the input: this message names what the caller passed.
    'date-before-price-book': (f, p) => `${f}: Preise sollen ab ${p.value} gelten, aber die Preisliste beginnt erst am ${p.first}.`,
    'invalid-months': (f, p) => `${f} muss eine ganze Zahl von Monaten zwischen ${count(p.min)} und ${count(p.max)} sein.`,
    'invalid-term': (f, p) => `${f} muss ${either('de', p.allowed.map((term) => `„${term}“ (${termNames[term]})`))} sein.`,
    'invalid-groups': (f, p) => `${f} muss eine Liste von Personengruppen sein (höchstens ${count(p.max)}).`,
    'invalid-group': (f) => `${f} muss eine Gruppe mit Kennung, Namen und der Angabe sein, ob ihre Mitglieder Zuschüsse erhalten dürfen.`,
    'duplicate-group': (f, p) => `${f}: Die Gruppenkennung „${p.value}“ verwendet schon eine andere Gruppe.`,
    'not-a-suite': (f, p) => `${f}: „${p.value}“ ist ein Zusatzprodukt, kein Paket; eine Gruppe hat ein Paket und Zusatzprodukte dazu.`,
    'not-an-add-on': (f, p) => `${f}: „${p.value}“ ist ein Paket, kein Zusatzprodukt; eine Gruppe hat nur ein Paket.`,
    'duplicate-add-on': (f, p) => `${f}: „${p.value}“ ist schon ein Zusatzprodukt dieser Gruppe.`,
    'invalid-count': (f, p) => `${f} muss eine ganze Zahl zwischen ${count(p.min)} und ${count(p.max)} sein.`,
    'active-above-assigned': (f) => `${f} kann nicht größer sein als die Zahl der zugewiesenen Lizenzen.`,
    'invalid-amount': (f) => `${f} muss ein Betrag wie 12,50 sein: nicht negativ, höchstens zwei Nachkommastellen.`,
    'invalid-spend': (f, p) =>
      `${f} muss ein Monatsbetrag sein oder je ein Betrag für jeden der nächsten ${count(p.months)} Monate, zum Beispiel 150,00.`,
    'invalid-units': (f, p) => `${f} muss eine ganze Zahl von Einheiten zwischen ${count(p.min)} und ${count(p.max)} sein.`,
    'too-many-keys': (f, p) => `${f}: Der Planer nimmt höchstens ${count(p.max)} Guthabenschlüssel auf.`,
    'activation-before-purchase': (f) => `${f}: Ein Schlüssel kann nicht vor dem Kauf aktiviert werden.`,
    'activation-too-late': (f, p) =>
      `${f}: Ein Schlüssel muss innerhalb von ${plural(p.years, { one: 'Jahr', other: 'Jahren' })} nach dem Kauf aktiviert werden, also spätestens am ${p.last}.`,
  },
};
