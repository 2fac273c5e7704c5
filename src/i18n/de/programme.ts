/**
 * German strings of the programme-rules island (availability by country, the 85 % rule, TechSoup
 * software). Apart from the calculator's, so the calculator does not load them.
 */
import { activeUseRule, techSoup } from '../../data/programme';
import type { AmountProblem } from '../../lib';
import type { ProgrammeStrings } from '../parts';
import { count, plural } from './count';

export const programme: ProgrammeStrings = {
  availability: {
    heading: (p: { country: string }) => `Angebote in Ihrem Land: ${p.country}`,
    headingNone: 'Angebote in Ihrem Land',
    chooseCountry: 'Wählen Sie unter „Ihre Organisation“ Ihr Land, um zu sehen, was es dort gibt.',
    yes: 'Verfügbar',
    no: 'Nicht verfügbar',
    surfaceNew: 'Neue Surface-Geräte zu Non-Profit-Preisen',
    surfaceRefurbished: 'Generalüberholte Surface-Geräte',
    hardwareGrant: 'Kostenlose Hardware (Zuschüsse)',
    hardwareGrantNote: 'Microsoft hat in keinem Land ein Programm für kostenlose Hardware.',
    cardTopUp: 'Azure-in-Open-Guthaben per Kreditkarte aufladen',
    cardTopUpNote: 'Hier lässt sich Azure-in-Open-Guthaben nur durch den Kauf neuen Guthabens bei einem Partner aufstocken.',
    caveat: (p: { countries: string; techSoup: string }) =>
      `Microsofts Angebote für gemeinnützige Organisationen gibt es in über ${p.countries} Ländern, und die Softwarespenden von TechSoup erreichen ${p.techSoup} Länder und Gebiete, aber nicht jedes Programm ist in jedem Land verfügbar.`,
  },

  activeUse: {
    // "85 %" with a space, as German writes percentages; put after the name to avoid the compound "85-%-Regel".
    heading: `Die Regel der aktiven Nutzung (${count(activeUseRule.thresholdPercent.value)} %)`,
    intro: (p: { threshold: string; days: string }) =>
      `Mindestens ${p.threshold} der zugewiesenen kostenlosen Lizenzen müssen aktiv genutzt werden, sonst sind künftige Zuschüsse gefährdet. Als aktiv gilt, wer in den letzten ${p.days} Tagen einen dieser Clouddienste von Microsoft 365 genutzt hat:`,
    perpetual: 'Office als Kaufversion (Office Standard oder Professional) zählt nicht.',
    assigned: 'Zugewiesene kostenlose Lizenzen',
    assignedHint: 'Vorausgefüllt mit den kostenlosen Lizenzen Ihrer Schätzung.',
    active: `Davon aktive Benutzer in den letzten ${plural(activeUseRule.windowDays.value, { one: 'Tag', other: 'Tagen' })}`,
    result: (p: { percent: string }) => `${p.percent} der kostenlosen Lizenzen werden aktiv genutzt.`,
    meets: 'Damit ist die Regel erfüllt.',
    nothing: 'Es sind keine kostenlosen Lizenzen zugewiesen, die Regel hat also nichts zu messen.',
    fails: (p: { more: number; release: number }) =>
      `Das liegt unter der Regel. Entweder ${plural(p.more, { one: 'weiterer Benutzer muss', other: 'weitere Benutzer müssen' })} aktiv werden, oder Sie geben ${plural(p.release, { one: 'ungenutzte kostenlose Lizenz', other: 'ungenutzte kostenlose Lizenzen' })} frei.`,
    activeAboveAssigned: 'Es kann nicht mehr aktive Benutzer als zugewiesene Lizenzen geben; die Prüfung verwendet die letzten gültigen Zahlen.',
  },

  windows: {
    heading: 'Windows und Desktop-Software über TechSoup',
    intro: (p: { limit: string; product: string; years: string }) =>
      `TechSoup vergibt bis zu ${p.limit} Lizenzen für ${p.product} (mit Downgrade-Recht auf Windows 10) je ${p.years}-Jahres-Zeitraum, jede gegen eine kleine Verwaltungsgebühr, die der TechSoup-Partner Ihres Landes festlegt.`,
    licences: `Benötigte Lizenzen für ${techSoup.windowsProduct.value}`,
    fee: 'Verwaltungsgebühr pro Lizenz, in Ihrer Währung',
    feeHint: 'Lassen Sie das Feld leer, wenn Sie die Gebühr noch nicht kennen; Ihr TechSoup-Partner legt sie fest.',
    // On a German page the fields read German numbers: `decimal-mark` means a point was typed for the comma.
    feeProblems: {
      'decimal-mark': 'Verwenden Sie für Dezimalstellen ein Komma, zum Beispiel 12,50.',
      'not-an-amount': 'Geben Sie einen Betrag ein, zum Beispiel 12,50, oder lassen Sie das Feld leer.',
    } satisfies Record<AmountProblem, string>,
    granted: 'Über TechSoup gespendet',
    total: 'Einmalige Verwaltungsgebühren',
    totalUnknown: 'Geben Sie die Gebühr ein, um die Summe zu sehen.',
    over: (p: { count: string; limit: string }) =>
      `${p.count} Lizenzen liegen über der Grenze von ${p.limit}: Kaufen Sie diese ermäßigt über einen Microsoft-Partner.`,
    publicAccess: 'Über TechSoup gibt es außerdem Lizenzen für öffentlich zugängliche Computer, etwa in Computerräumen:',
    serverNote: 'Wo Azure nicht kommerziell verfügbar ist, spendet Microsoft stattdessen Lizenzen für Windows Server und SQL Server.',
  },
};
