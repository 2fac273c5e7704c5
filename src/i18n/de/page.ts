/** German strings that only the server renders (page chrome, method, sources): never shipped to the browser. */
import type { PageStrings } from '../parts';

export const page: PageStrings = {
  who: {
    heading: 'Wer Zuschüsse und Rabatte erhalten darf',
    summary:
      'Bezahlte Mitarbeitende und unbezahlte Führungskräfte (etwa Vorstandsmitglieder) dürfen bezuschusste, kostenlose Lizenzen erhalten; alle Mitarbeitenden und Freiwilligen dürfen zum Non-Profit-Rabatt kaufen. Öffentliche Bibliotheken und öffentliche Museen sind wie gemeinnützige Organisationen berechtigt.',
    table: {
      caption: 'Wer Non-Profit-Lizenzen erhalten darf',
      person: 'Person',
      grant: 'Zuschuss (kostenlos)',
      discount: 'Rabatt',
      yes: 'Ja',
      no: 'Nein',
      rows: {
        staff: 'Bezahlte Mitarbeitende und unbezahlte Führungskräfte',
        volunteers: 'Freiwillige',
        // Programme participants are „Begünstigte“ on Microsoft's German eligibility page.
        others: 'Begünstigte, Mitglieder, Spender',
      },
    },
    guests:
      'Freiwillige lassen sich auch kostenlos als Gäste mit einem persönlichen Microsoft-Konto einladen; eine ermäßigte Lizenz gibt ihnen das volle Microsoft 365 und ein Postfach der Organisation.',
    // The licence's name as Microsoft and the German source write it: „Non-Profit-Portal“.
    portal:
      'Die Lizenz „Non-Profit-Portal“, die Sie vielleicht im Admin Center sehen, ist rein administrativ. Mit ihr erhält die Person, die die Non-Profit-Angebote Ihrer Organisation verwaltet, Zugang zum Portal (wer die Organisation als Erstes registriert, bekommt sie automatisch). Diese Lizenz müssen Sie weder zählen noch kaufen.',
  },

  site: {
    title: 'Microsoft-Kostenrechner für gemeinnützige Organisationen',
    description: 'Was die Angebote von Microsoft für gemeinnützige Organisationen Ihre Organisation kosten und was Sie gegenüber den Listenpreisen sparen.',
    skipToContent: 'Direkt zur Berechnung',
    footer: 'Preise in US-Dollar pro Benutzer und Monat bei Jahreslaufzeit; Microsoft rechnet den entsprechenden Betrag in der Landeswährung ab.',
  },

  method: {
    heading: 'So wird gerechnet',
    points: [
      'Wer einen Zuschuss erhalten darf: bezahlte Mitarbeitende und unbezahlte Führungskräfte. Freiwillige dürfen zum Rabatt kaufen, erhalten aber nie Zuschüsse; Begünstigte der Programme, Mitglieder und Spender sind für Non-Profit-Lizenzen nicht berechtigt.',
      'Kostenlose Lizenzen kommen zuerst: Nur bezahlte Mitarbeitende und unbezahlte Führungskräfte dürfen sie erhalten, bis zur Höhe des Zuschusses für Ihren Bezugsweg.',
      'Jede andere Lizenz, auch die für Freiwillige, kostet den ermäßigten Non-Profit-Preis; der Vergleich rechnet jede Lizenz zum Listenpreis.',
      'Ein bestehendes Abonnement zahlt die Preise, die am ersten Tag seiner laufenden Jahreslaufzeit galten; eine Preisänderung erreicht es also bei der nächsten Verlängerung.',
      'Jede Zeile wird kaufmännisch auf den Cent gerundet; die Summen sind die Summen der gerundeten Zeilen.',
    ],
  },

  sources: {
    heading: 'Quellen',
    intro: 'Jeder Wert im Rechner stammt aus einer dieser Quellen. Werte mit mittlerer Verlässlichkeit sind dort gekennzeichnet, wo sie erscheinen.',
  },
};
