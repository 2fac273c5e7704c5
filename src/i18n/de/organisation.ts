/** German strings of the organisation model on the calculator: groups, billing term, caps in the totals, old estimates. */
import type { BillingTerm, Caveat } from '../../data/types';
import type { OrganisationIssueMessages } from '../messages';
import type { OrganisationStrings } from '../parts';
import { productName } from '../product-names';
import { count, plural } from './count';
import { issues } from './issues';

const people = (n: number): string => plural(n, { one: 'Person', other: 'Personen' });
/** People as the subject of "cannot be covered": the verb agrees with the count. */
const peopleCannot = (n: number): string => plural(n, { one: 'Person kann', other: 'Personen können' });

/** Each tenant-wide cap's plans, in words. */
const capFamilies: Record<string, { plans: string; list: string }> = {
  'm365-business': { plans: 'den Business-Plänen', list: 'Business Basic, Standard und Premium' },
};

export const organisationIssues: OrganisationIssueMessages = {
  'over-product-cap': (p) => `${peopleCannot(p.people)} nicht mit ${productName(p.product)} versorgt werden: Das Produkt ist auf ${count(p.cap)} Lizenzen pro Organisation begrenzt.`,
  'over-tenant-cap': (p) => {
    const names = p.products.map(productName).join(', ');
    const family = capFamilies[p.cap] ?? { plans: names, list: names };
    return `${peopleCannot(p.people)} nicht mit ${family.plans} versorgt werden: Für ${family.list} zusammen sind höchstens ${count(p.seats)} Lizenzen möglich.`;
  },
  'renewals-only': (p) =>
    `${peopleCannot(p.people)} nicht mit ${productName(p.product)} versorgt werden: Seit ${p.from} wird das Produkt nur noch zur Verlängerung bestehender Abonnements verkauft, nicht mehr neu.`,
  'grant-only-volunteers': (p) =>
    `${productName(p.product)} gibt es nur als Zuschuss für bezahlte Mitarbeitende und unbezahlte Führungskräfte, daher haben ${count(p.volunteers)} Lizenzen für Freiwillige keinen Preis.`,
  'staff-beyond-grant-unpriced': (p) =>
    `Für ${productName(p.product)} gibt es über den Zuschuss von ${count(p.grant)} Lizenzen hinaus keinen veröffentlichten Non-Profit-Preis, daher haben ${count(p.unpriced)} Lizenzen für Mitarbeitende keinen Preis.`,
  'no-nonprofit-price': (p) =>
    `Für ${productName(p.product)} gibt es keinen veröffentlichten Non-Profit-Preis. Fragen Sie einen Microsoft-Partner nach einem Angebot; die ${count(p.people)} Lizenzen dafür werden hier nicht berechnet.`,
  // A grant no source confirms in the other channel: the line's own sentence says so.
  'grant-not-in-channel': (p) =>
    p.confirmed
      ? `Den Zuschuss von ${count(p.grant)} Lizenzen für ${productName(p.product)} gibt es nur ${p.otherChannel === 'direct' ? 'beim Kauf direkt oder über einen CSP-Partner' : 'mit einem Enterprise Agreement'}; hier ist jede Lizenz für Mitarbeitende bezahlt.`
      : issues['grant-not-in-channel'](p.product, p),
};

export const organisation: OrganisationStrings = {
  groups: {
    heading: 'Wer braucht was',
    intro: 'Teilen Sie Ihre Leute in Gruppen ein. Jede Gruppe bekommt ein Paket und beliebige Zusatzprodukte; die Lizenzen je Produkt ergeben sich daraus.',
    defaultNames: ['Bezahlte Mitarbeitende und unbezahlte Führungskräfte', 'Freiwillige'],
    unnamed: (p: { n: number }) => `Gruppe ${p.n}`,
    name: 'Name',
    people: 'Personen',
    grantEligible: 'Darf Zuschüsse erhalten (bezahlte Mitarbeitende und unbezahlte Führungskräfte)',
    suite: 'Paket',
    chooseSuite: 'Paket auswählen',
    guest: 'Keine Lizenz: kostenlos als Gast',
    addOns: 'Zusatzprodukte',
    add: 'Gruppe hinzufügen',
    split: 'Aufteilen',
    splitPeople: 'Personen für die neue Gruppe',
    splitButton: (p: { name: string }) => `${p.name} aufteilen`,
    remove: (p: { name: string }) => `${p.name} entfernen`,
    total: (p: { people: number }) => `Insgesamt ${people(p.people)}.`,
    allCovered: 'Alle sind genau einmal erfasst: Jede Person gehört zu einer Gruppe, und jede Gruppe hat ein Paket.',
    withoutSuite: (p: { names: string; people: number }) => `${people(p.people)} ohne Paket: ${p.names}.`,
    guests: (p: { people: number }) => `${people(p.people)} kostenlos als Gäste eingeladen.`,
  },
  term: {
    label: 'Laufzeit und Zahlweise',
    names: {
      'annual-yearly': 'Jahreslaufzeit, jährliche Zahlung',
      'annual-monthly': 'Jahreslaufzeit, monatliche Zahlung',
      monthly: 'Monatliche Laufzeit (monatlich kündbar)',
    } satisfies Record<BillingTerm, string>,
    hints: {
      'annual-yearly': 'Der Grundpreis: ein Jahr fest, im Voraus bezahlt.',
      'annual-monthly': 'Ein Jahr fest, Monat für Monat bezahlt: etwa 5 % teurer.',
      monthly: 'Keine Bindung über den Monat hinaus: 20 % teurer.',
    } satisfies Record<BillingTerm, string>,
    surcharge: (p: { percent: string }) => `Die Non-Profit-Preise enthalten hier einen Aufschlag von ${p.percent} für diese Laufzeit.`,
  },
  caveats: {
    'no-public-source': 'Kein öffentliches Dokument nennt diesen Wert.',
    'derived-from-discount': 'Aus einem genannten Rabatt errechnet, kein veröffentlichter Preis.',
    'nonprofit-application-unstated': 'Keine Quelle sagt, ob dieser Aufschlag auch für Non-Profit-Preise gilt: Betrachten Sie ihn als unsicher.',
    'grant-in-channel-unconfirmed': 'Keine Quelle bestätigt diesen Zuschuss auf diesem Bezugsweg nach der Änderung.',
    'grant-after-end-of-sale-unpublished': 'Wie die kostenlosen Non-Profit-Lizenzen funktionieren, wenn der Plan nicht mehr verkauft wird, ist nicht veröffentlicht.',
  } satisfies Record<Caveat, string>,
  breakdown: {
    heading: 'Lizenzen je Produkt',
    intro: 'Ergibt sich aus Ihren Gruppen: Ändern Sie die Gruppen, um diese Zahlen zu ändern.',
    none: 'Noch kein Produkt: Wählen Sie für eine Gruppe ein Paket oder ein Zusatzprodukt.',
    blocked: 'Nicht kaufbar',
    forGroups: (p: { names: string }) => `Für: ${p.names}.`,
  },
  caps: {
    blockedTotal: (p: { people: number }) => `Die Summen lassen ${people(p.people)} aus, denn ihre Lizenzen können nicht gekauft werden.`,
    proposal: (p: { people: number; alternative: string; product: string }) =>
      `Die ${people(p.people)}, die bei ${productName(p.product)} nicht unterkommen, mit ${productName(p.alternative)} versorgen`,
    sameNeeds: 'Es enthält mindestens alles, was das begrenzte Paket enthält.',
    fewerNeeds: 'Es enthält weniger als das begrenzte Paket.',
    adds: (p: { monthly: string; annual: string }) => `Mehrkosten: ${p.monthly} im Monat, ${p.annual} im Jahr.`,
    apply: (p: { alternative: string }) => `${productName(p.alternative)} für sie verwenden`,
  },
  past: {
    notice: (p: { date: string }) => `Preise vom ${p.date}. Heutige Preise verwenden?`,
    action: 'Heutige Preise verwenden',
  },
  /** The plan advisor's heading, shown closed before its own strings load. */
  advisor: { heading: 'Paketberater: das günstigste Paket finden' },
};
