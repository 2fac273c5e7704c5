/** German strings of the calculator island: the organisation, the product lines, the estimate, sharing. */
import type { Channel, Family } from '../../data/types';
import type { CalculatorStrings } from '../parts';

export const calculator: CalculatorStrings = {
  channels: {
    direct: 'Direkt oder über einen CSP-Partner',
    // Microsoft Germany keeps the agreement's English name; the hint below explains it.
    'enterprise-agreement': 'Enterprise Agreement (EA)',
  } satisfies Record<Channel, string>,

  // The families as Microsoft's German pages name them ("für Unternehmen", "für Großunternehmen").
  families: {
    'm365-business': 'Microsoft 365 für Unternehmen',
    'office-365-enterprise': 'Office 365 für Großunternehmen',
    'm365-enterprise': 'Microsoft 365 für Großunternehmen',
    'dynamics-365': 'Dynamics 365',
    'power-platform': 'Power Platform',
    frontline: 'Frontline (Service und Produktion)',
  } satisfies Record<Family, string>,

  organisation: {
    heading: 'Ihre Organisation',
    channel: 'Wie Sie kaufen',
    channelHints: {
      direct: 'Online bei Microsoft oder über einen Partner im CSP-Programm (Cloud Solution Provider).',
      'enterprise-agreement': 'Ein Volumenlizenzvertrag mit Microsoft für große Organisationen.',
    } satisfies Record<Channel, string>,
    asOf: 'Stichtag der Schätzung',
    asOfHint: 'Es gelten die Preise dieses Tages. Eine neue Schätzung beginnt mit dem heutigen Tag; eine geöffnete behält ihr Datum, bis Sie es ändern.',
    existing: 'Wir haben bereits ein Jahresabonnement',
    renewal: 'Nächste Verlängerung',
    renewalHint: 'Es zählen nur Tag und Monat: Preisänderungen erreichen ein bestehendes Abonnement jedes Jahr an diesem Tag.',
    country: 'Land',
    countryHint: 'Bestimmt, welche Hardware- und Azure-Angebote Sie sehen. Vorausgewählt nach der Sprache Ihres Browsers, nie nach Ihrem Standort.',
    countryNone: 'Land auswählen',
  },

  products: {
    heading: 'Produkte',
    unpricedOption: 'kein veröffentlichter Non-Profit-Preis',
  },

  line: {
    granted: 'Kostenlos (Zuschuss)',
    paid: 'Bezahlte Lizenzen',
    unpriced: 'Ohne Preis',
    unitPrice: 'Non-Profit-Preis pro Benutzer und Monat',
    monthly: 'Pro Monat',
    yearly: 'Pro Jahr',
    commercial: 'Listenpreis',
    commercialCost: (p: { unit: string; monthly: string }) => `${p.unit} pro Benutzer, ${p.monthly} im Monat`,
    savings: 'Ihre Ersparnis',
    savingsValue: (p: { monthly: string; percent: string }) => `${p.monthly} im Monat (${p.percent})`,
    showWorking: 'Rechenweg zeigen',
  },

  totals: {
    heading: 'Ihre Kostenschätzung',
    nonprofitMonthly: 'Kosten zu Non-Profit-Preisen pro Monat',
    nonprofitAnnual: 'Kosten zu Non-Profit-Preisen pro Jahr',
    commercialMonthly: 'Kosten zu Listenpreisen pro Monat',
    commercialAnnual: 'Kosten zu Listenpreisen pro Jahr',
    savingsAnnual: 'Ersparnis pro Jahr',
    savingsPercent: 'Ersparnis gegenüber den Listenpreisen',
    grantValueAnnual: 'Wert der kostenlosen Lizenzen pro Jahr',
    pricesOf: (p: { date: string }) => `Preise gültig am ${p.date}.`,
    announce: (p: { monthly: string; annual: string; percent: string }) =>
      `Schätzung aktualisiert: ${p.monthly} im Monat, ${p.annual} im Jahr, ${p.percent} unter den Listenpreisen.`,
    unpricedSeats: (p: { count: string }) => `Für ${p.count} Lizenzen gibt es keinen Preis; siehe die Hinweise bei den jeweiligen Produkten.`,
  },

  summaryBar: {
    perMonth: 'im Monat',
    saves: (p: { percent: string }) => `${p.percent} unter den Listenpreisen`,
    more: 'Alle Summen',
    less: 'Schließen',
  },

  exports: {
    csv: 'CSV herunterladen',
    excel: 'CSV für Excel auf Deutsch',
    excelHint: 'Die erste Datei passt für jedes Programm; die zweite öffnet sich direkt richtig in einer Tabellenkalkulation, die auf Deutsch eingestellt ist (Semikolon, Dezimalkomma).',
  },

  /** Opens the indicative amount in the user's own currency, whose words load when it opens. */
  inYourCurrency: 'Die Summen auch in Ihrer Währung zeigen',

  share: {
    copy: 'Link kopieren',
    copied: 'Link kopiert. Wer ihn öffnet, sieht diese Berechnung.',
    copyFailed: 'Ihr Browser hat das Kopieren nicht erlaubt. Markieren Sie den Link unten und kopieren Sie ihn selbst:',
    linkLabel: 'Link zu dieser Berechnung',
    poweredBy: 'Erstellt mit dem Microsoft-Kostenrechner für gemeinnützige Organisationen',
    print: 'Zusammenfassung drucken',
    estimates: 'Ihre Schätzungen',
  },
};
