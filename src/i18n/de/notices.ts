/**
 * German strings of the notices shown when a link, saved state or embed option had to be corrected.
 * Text from the address arrives as `value`, `key` or `used`, already stripped of control characters
 * and cut short; the page shows it isolated from the sentence around it.
 */
import type { AddressKey, AddressNoticeCode } from '../../lib';
import type { NoticeStrings } from '../parts';
import { count, plural } from './count';

/**
 * Names of the things an address sets, as a notice names them. German would need each noun's
 * gender and case inside the sentence, so a notice puts the name first, as a label.
 */
const fields = {
  v: 'Link-Version', s: 'Bezahlte Mitarbeitende und unbezahlte Führungskräfte', vo: 'Freiwillige', c: 'Wie Sie kaufen', d: 'Stichtag der Schätzung', r: 'Verlängerungsdatum',
  co: 'Land', t: 'Laufzeit und Zahlweise', g: 'Gruppe', l: 'Produktzeile', gs: 'Beginn des Zuschussjahres', gu: 'Bisher genutztes Zuschuss-Guthaben', gm: 'Zuschuss-Nutzung pro Monat', om: 'Azure-in-Open-Nutzung pro Monat',
  ok: 'Guthabenschlüssel', ot: 'Benachrichtigungsschwelle', theme: 'Farbschema', accent: 'Akzentfarbe', sections: 'Bereiche',
} satisfies Record<AddressKey, string>;

/** Keys whose bad value is dropped whole (a line, a group, a credit key), rather than replaced by the calculator's own. */
const dropped = (key: AddressKey) => key === 'l' || key === 'g' || key === 'ok';

/** What happens to a bad value, after the semicolon. */
const outcome = (key: AddressKey) => (dropped(key) ? 'die Angabe wurde weggelassen' : 'der Rechner behält seinen eigenen Wert');

const tooMany = {
  l: { one: 'weitere Produktzeile wurde', other: 'weitere Produktzeilen wurden' },
  g: { one: 'weitere Gruppe wurde', other: 'weitere Gruppen wurden' },
  ok: { one: 'weiterer Guthabenschlüssel wurde', other: 'weitere Guthabenschlüssel wurden' },
};

export const notices: NoticeStrings = {
  heading: 'Einiges von dem, was Sie geöffnet haben, ließ sich nicht verwenden',
  dismiss: 'Schließen',
  messages: {
    'unknown-key': (p: { key: string }) => `Der Link enthält eine Einstellung „${p.key}“, die dieser Rechner nicht kennt; sie wurde ignoriert.`,
    'duplicate-key': (p: { key: AddressKey; used: string; count: number }) =>
      `${fields[p.key]}: Der Link enthält diese Angabe ${count(p.count)}-mal; die erste („${p.used}“) wurde gelesen, die anderen wurden ignoriert.`,
    'bad-value': (p: { key: AddressKey; value: string }) =>
      dropped(p.key)
        ? `${fields[p.key]}: „${p.value}“ ist beschädigt und wurde deshalb weggelassen.`
        : `${fields[p.key]}: „${p.value}“ ist ungültig; ${outcome(p.key)}.`,
    'date-out-of-range': (p: { key: AddressKey; value: string; first: string; last: string }) =>
      `${fields[p.key]}: „${p.value}“ liegt außerhalb des Zeitraums, den der Rechner planen kann (${p.first} bis ${p.last}); ${outcome(p.key)}.`,
    'unknown-product': (p: { value: string }) => `Es gibt kein Produkt „${p.value}“; diese Zeile wurde weggelassen.`,
    'duplicate-product': (p: { value: string }) => `Das Produkt „${p.value}“ kam zweimal vor; nur die erste Zeile wurde übernommen.`,
    'too-many': (p: { key: 'l' | 'g' | 'ok'; count: number; limit: string }) =>
      `${plural(p.count, tooMany[p.key])} ignoriert: Ein Link enthält höchstens ${p.limit}.`,
    'newer-version': (p: { value: string }) =>
      `Dieser Link stammt aus einer neueren Version des Rechners (v=${p.value}); manche Einstellungen wurden womöglich weggelassen.`,
    'unknown-version': (p: { value: string }) => `Dieser Link hat eine unbekannte Formatversion „${p.value}“; er wurde im aktuellen Format gelesen.`,
    'bad-option': (p: { key: AddressKey; value: string }) =>
      `Einbettungsoption ${fields[p.key]}: „${p.value}“ bietet der Rechner nicht an; es gilt die Voreinstellung.`,
    more: (p: { count: number }) =>
      `${plural(p.count, { one: 'weitere Angabe in der Adresse konnte', other: 'weitere Angaben in der Adresse konnten' })} ebenfalls nicht verwendet werden.`,
    'storage-repaired': 'Ein Teil Ihrer letzten in diesem Browser gespeicherten Berechnung ließ sich nicht lesen und wurde weggelassen; der Rest ist wieder da.',
    'storage-discarded': 'Ihre letzte in diesem Browser gespeicherte Berechnung ließ sich nicht lesen, daher beginnt der Rechner von vorn.',
  } satisfies Record<AddressNoticeCode, unknown>,
};
