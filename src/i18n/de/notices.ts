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
  v: 'Link-Version', a: 'Angezeigtes Szenario', x: 'Szenario', s: 'Bezahlte Mitarbeitende und unbezahlte Führungskräfte', vo: 'Freiwillige', c: 'Wie Sie kaufen', d: 'Stichtag der Schätzung', r: 'Verlängerungsdatum',
  co: 'Land', t: 'Laufzeit und Zahlweise', g: 'Gruppe', n: 'Bedarf einer Gruppe', l: 'Produktzeile', gs: 'Beginn des Zuschussjahres', gu: 'Bisher genutztes Zuschuss-Guthaben', gm: 'Zuschuss-Nutzung pro Monat', om: 'Azure-in-Open-Nutzung pro Monat',
  ok: 'Guthabenschlüssel', ot: 'Benachrichtigungsschwelle', fx: 'Wechselkurs', theme: 'Farbschema', accent: 'Akzentfarbe', sections: 'Bereiche',
} satisfies Record<AddressKey, string>;

/** Keys whose bad value is dropped whole (a line, a group, a group's needs, a credit key, a scenario, an exchange rate), named with their article. */
const dropped = { l: 'diese Zeile', g: 'diese Gruppe', n: 'diese Angabe', ok: 'dieser Schlüssel', x: 'dieses Szenario', fx: 'dieser Wechselkurs' } as Partial<Record<AddressKey, string>>;

/** What a value of each key must be, as "erwartet wird ___" says it. */
const kinds: Partial<Record<AddressKey, string>> = {
  s: 'eine Anzahl Personen', vo: 'eine Anzahl Personen', d: 'ein gültiges Datum', gs: 'ein gültiges Datum', r: 'ein Tag und Monat, für den es Preise gibt',
  gu: 'ein Geldbetrag', gm: 'ein Betrag pro Monat oder zwölf Beträge', om: 'ein Betrag pro Monat oder zwölf Beträge', ot: 'ein Geldbetrag',
};

/** Where the notices' data came from: a shared link, or an estimate saved in this browser. */
export type NoticeSource = 'link' | 'saved';

/** Where a value stood: "Im Link", "In der gespeicherten Schätzung". */
const within = { link: 'im Link', saved: 'in der gespeicherten Schätzung' } satisfies Record<NoticeSource, string>;
const source = { link: 'Der Link', saved: 'Die gespeicherte Schätzung' } satisfies Record<NoticeSource, string>;

/** What the estimate does instead of a value it could not use: uses the one it had, named when known. */
const instead = (kept?: string) => (kept === undefined ? 'die Schätzung behält daher ihren bisherigen Wert' : `die Schätzung verwendet daher ${kept}`);

const tooMany = {
  l: { one: 'weitere Produktzeile wurde', other: 'weitere Produktzeilen wurden' },
  g: { one: 'weitere Gruppe wurde', other: 'weitere Gruppen wurden' },
  ok: { one: 'weiterer Guthabenschlüssel wurde', other: 'weitere Guthabenschlüssel wurden' },
  x: { one: 'weiteres Szenario wurde', other: 'weitere Szenarien wurden' },
};

/** A product that cannot be found: a line of format 1 is dropped; a group keeps itself without it. */
const unknownProduct = { l: 'diese Zeile wurde daher weggelassen', g: 'die Gruppe bleibt daher ohne dieses Produkt erhalten' };

export const notices: NoticeStrings = {
  heading: 'Einiges von dem, was Sie geöffnet haben, ließ sich nicht verwenden',
  dismiss: 'Schließen',
  messages: {
    'unknown-key': (p: { from: NoticeSource; key: string }) =>
      `${source[p.from]} enthält eine Einstellung „${p.key}“, die dieser Rechner nicht kennt; sie wurde daher ignoriert.`,
    'duplicate-key': (p: { from: NoticeSource; key: AddressKey; used: string; count: number }) =>
      `${fields[p.key]}: ${source[p.from]} enthält diese Angabe ${count(p.count)}-mal; die Schätzung verwendet die erste („${p.used}“) und ignoriert die anderen.`,
    'bad-value': (p: { from: NoticeSource; key: AddressKey; value: string; kept?: string }) =>
      dropped[p.key]
        ? `${fields[p.key]}: „${p.value}“ ${within[p.from]} ist beschädigt, daher wurde ${dropped[p.key]} weggelassen.`
        : `${fields[p.key]}: „${p.value}“ ${within[p.from]} ist ungültig (erwartet wird ${kinds[p.key] ?? 'ein bekannter Wert'}); ${instead(p.kept)}.`,
    'date-out-of-range': (p: { from: NoticeSource; key: AddressKey; value: string; first: string; last: string; kept?: string }) =>
      `${fields[p.key]}: „${p.value}“ ${within[p.from]} liegt außerhalb des Zeitraums, den der Rechner planen kann (${p.first} bis ${p.last}); ${dropped[p.key] ? `${dropped[p.key]} wurde daher weggelassen` : instead(p.kept)}.`,
    'unknown-product': (p: { from: NoticeSource; key: 'l' | 'g'; value: string }) =>
      `${source[p.from]} nennt ein Produkt „${p.value}“, das der Rechner nicht kennt (vielleicht wurde es eingestellt); ${unknownProduct[p.key]}.`,
    'duplicate-product': (p: { from: NoticeSource; value: string }) =>
      `${source[p.from]} enthält das Produkt „${p.value}“ zweimal; nur seine erste Zeile wurde übernommen.`,
    'too-many': (p: { key: 'l' | 'g' | 'ok' | 'x'; count: number; limit: string }) =>
      `${plural(p.count, tooMany[p.key])} weggelassen: Eine Schätzung umfasst höchstens ${p.limit}.`,
    'newer-version': (p: { value: string }) =>
      `Dieser Link stammt aus einer neueren Version des Rechners (v=${p.value}); manche Einstellungen wurden womöglich weggelassen.`,
    'unknown-version': (p: { value: string }) =>
      `Dieser Link hat eine Formatversion „${p.value}“, die der Rechner nicht kennt; er wurde daher im aktuellen Format gelesen.`,
    'bad-option': (p: { key: AddressKey; value: string }) =>
      `Einbettungsoption ${fields[p.key]}: „${p.value}“ bietet der Rechner nicht an; es gilt die Voreinstellung.`,
    more: (p: { count: number }) =>
      `${plural(p.count, { one: 'weitere Angabe konnte', other: 'weitere Angaben konnten' })} ebenfalls nicht verwendet werden.`,
    'storage-repaired': 'Ihre in diesem Browser gespeicherte Schätzung ist wieder da, aber ein Teil davon ließ sich nicht lesen:',
    'storage-discarded': 'Ihre in diesem Browser gespeicherte Schätzung ließ sich gar nicht lesen, daher beginnt der Rechner mit seinem üblichen Beispiel.',
  } satisfies Record<AddressNoticeCode, unknown>,
};
