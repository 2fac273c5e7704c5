/** German strings of the one-page summary for print or PDF, loaded when it is first needed. */
import type { PrintStrings } from '../parts';
import { sourceWords } from './sources';

export const print: PrintStrings = {
  heading: 'Microsoft-Angebote für gemeinnützige Organisationen: Kostenschätzung',
  prepared: (p: { date: string }) => `Erstellt am ${p.date} mit dem Microsoft-Kostenrechner für gemeinnützige Organisationen.`,
  scenario: (p: { name: string; place: string; count: string }) => `Diese Seite zeigt Szenario ${p.place} von ${p.count}: „${p.name}“. Die Adresse am Ende öffnet alle Szenarien.`,
  organisation: {
    heading: 'Die Organisation',
    channel: 'Wie Sie kaufen',
    term: 'Laufzeit und Zahlweise',
    priceDate: 'Preise gültig am',
    renewal: 'Nächste Verlängerung',
    newPurchase: 'Neukauf',
  },
  groups: {
    caption: 'Personengruppen und ihre Pakete',
    group: 'Gruppe',
    people: 'Personen',
    grants: 'Darf Zuschüsse erhalten',
    suite: 'Paket',
    addOns: 'Zusatzprodukte',
    yes: 'Ja',
    no: 'Nein',
    none: 'Keine',
    noSuite: 'Kein Paket gewählt',
  },
  products: {
    caption: 'Kosten je Produkt',
    product: 'Produkt',
    seats: 'Lizenzen',
    granted: 'Davon kostenlos',
    unitPrice: 'Preis pro Lizenz und Monat',
    monthly: 'Pro Monat',
    yearly: 'Pro Jahr',
    total: 'Summe',
    none: 'Noch kein Produkt.',
    notPriced: 'Ohne Preis',
  },
  totals: {
    heading: 'Summen',
    /** The user's own conversion: display only, never Microsoft's price. */
    converted: (p: { currency: string; rate: string; monthly: string; annual: string }) =>
      `Zu Ihrem eigenen Kurs von ${p.rate} ${p.currency} je US-Dollar: etwa ${p.monthly} im Monat, ${p.annual} im Jahr (nur Ihre eigene Umrechnung; Microsoft veröffentlicht keine Non-Profit-Preise in ${p.currency} und rechnet in seiner eigenen Währung ab).`,
  },
  changes: {
    heading: 'Anstehende Preisänderungen',
    none: 'Keine anstehende Preisänderung verändert diese Schätzung.',
    item: (p: { date: string; reaches: string; monthly: string; annual: string }) =>
      `${p.date} (gilt für Sie ab dem ${p.reaches}): ${p.monthly} im Monat, ${p.annual} im Jahr.`,
    listOnly: (p: { date: string; reaches: string }) =>
      `${p.date} (gilt für Sie ab dem ${p.reaches}): Nur die Listenpreise ändern sich; Ihre Rechnung bleibt gleich.`,
  },
  sources: {
    heading: 'Quellen',
    noAddress: sourceWords.noAddress,
    edition: sourceWords.edition,
    maintainedBy: sourceWords.maintainedBy,
  },
  link: {
    heading: 'Diese Schätzung wieder öffnen',
    intro: 'Diese Adresse öffnet den Rechner mit genau dieser Schätzung:',
  },
};
