/**
 * German strings of the plan advisor, loaded when someone opens it. Money and counts arrive
 * formatted; product and group names arrive as they show elsewhere on the page.
 */
import type { AdvisorNeed } from '../../data/advisor-presets';
import type { Confidence } from '../../data/types';
import type { AdviceReason } from '../../lib';
import type { AdvisorStrings } from '../parts';
import { count, plural } from './count';

/** A list joined with "und", as German writes it. */
const and = (items: readonly string[]) => new Intl.ListFormat('de', { type: 'conjunction' }).format(items);
/** The same list with "oder". */
const or = (items: readonly string[]) => new Intl.ListFormat('de', { type: 'disjunction' }).format(items);

/** Each need as a sentence names it, without an article so it reads the same after "mit" and "bietet". */
const needPhrases = {
  'mail-and-web-apps': 'Web-Apps und E-Mail',
  'desktop-apps': 'Desktop-Apps',
  'device-security': 'Geräteverwaltung und Sicherheit',
  compliance: 'Compliance-Werkzeuge',
  'phone-and-bi': 'Telefonanlage und Power BI',
} satisfies Record<AdvisorNeed, string>;

/** Needs joined with "sowie", since the first already holds an "und". */
const needList = (needs: readonly AdvisorNeed[]) => {
  const phrases = needs.map((need) => needPhrases[need]);
  return phrases.length < 2 ? phrases.join('') : `${phrases.slice(0, -1).join(', ')} sowie ${phrases.at(-1)}`;
};

const limits = {
  grant: 'der kostenlose Zuschuss reicht nicht für mehr Personen',
  'product-cap': 'für mehr Personen wird es nicht verkauft',
  'tenant-cap': 'die Business-Pläne zusammen erreichen die Höchstzahl für eine Organisation',
} satisfies Record<Extract<AdviceReason, { code: 'split-at-limit' }>['limit'], string>;

/** The names a reason needs: its suites' and the ones to ask a partner about, already looked up. */
export interface ReasonNames {
  suite: string;
  then: string;
  askPartner: readonly string[];
}

export const advisor: AdvisorStrings = {
  intro: 'Geben Sie an, was die Leute jeder Gruppe brauchen, oder wählen Sie, wer sie sind (das legt auch fest, ob sie Zuschüsse erhalten dürfen). Der Berater findet die günstigste Mischung von Paketen, die jeder Gruppe alles Nötige gibt, im Rahmen der Zuschüsse und Obergrenzen und passend dazu, wie und wann Sie kaufen.',
  nothingTicked: 'Eine Gruppe ohne Häkchen braucht keine Lizenz; ihre Leute werden kostenlos als Gäste eingeladen.',
  needsLegend: (p: { name: string }) => `${p.name}: was diese Gruppe braucht`,
  groupFacts: (p: { people: number; eligible: boolean }) =>
    `${plural(p.people, { one: 'Person', other: 'Personen' })}, ${p.eligible ? 'mit Anspruch auf Zuschüsse' : 'ohne Anspruch auf Zuschüsse'}`,
  needs: {
    'mail-and-web-apps': 'E-Mail, Teams und die Office-Apps im Web und auf dem Handy',
    'desktop-apps': 'Office-Desktop-Apps',
    'device-security': 'Geräteverwaltung und erweiterte Sicherheit',
    compliance: 'Compliance für Großunternehmen',
    'phone-and-bi': 'Telefonanlage und Power BI',
  } satisfies Record<AdvisorNeed, string>,
  presetsLabel: (p: { name: string }) => `Oder ${p.name} ausfüllen als`,
  presets: {
    'office-staff': 'Büropersonal',
    'frontline-staff': 'Personal in Service und Produktion',
    board: 'Vorstand',
    'volunteers-mailbox': 'Freiwillige mit eigenem Postfach',
    'volunteers-guests': 'Freiwillige als Gäste: keine Lizenz',
  } as Record<string, string>,
  adviceHeading: 'Was der Berater empfiehlt',
  waiting: 'Kreuzen Sie an, was mindestens eine Gruppe braucht; dann erscheint hier die Empfehlung.',
  reasons: {
    'no-licence-needed': () => 'Gäste: Für sie ist keine Lizenz nötig; sie werden kostenlos mit ihrem eigenen Microsoft-Konto eingeladen.',
    'cheapest-meeting-needs': (p: { granted: boolean; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      p.granted
        ? `${n.suite}: Dieses Paket bietet ${needList(p.needs)}, alles, was sie brauchen, und ist für Mitarbeitende kostenlos.`
        : `${n.suite}: das günstigste Paket mit ${needList(p.needs)}.`,
    'split-at-limit': (p: { seats: number; rest: number; granted: boolean; limit: keyof typeof limits; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      `${count(p.seats)} mit ${p.granted ? `dem Zuschuss für ${n.suite}` : n.suite}, die übrigen ${count(p.rest)} mit ${n.then}: ${limits[p.limit]}, und ${n.then} ist das nächstgünstige Paket mit ${needList(p.needs)}.`,
    'no-priced-plan': (p: { people: number; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      `Kein Paket, das sich bei diesem Kauf berechnen lässt, bietet ${needList(p.needs)}, daher ${p.people === 1 ? 'bleibt' : 'bleiben'} ${plural(p.people, { one: 'Person', other: 'Personen' })} ohne Lizenz.` +
      (n.askPartner.length > 0 ? ` ${or(n.askPartner)} würde passen: Fragen Sie einen Partner nach dem Preis.` : ''),
  },
  costMonthly: 'Pro Monat',
  costAnnual: 'Pro Jahr',
  costHeading: 'Die empfohlenen Pakete kosten',
  saves: (p: { monthly: string; annual: string }) => `Das spart ${p.monthly} im Monat (${p.annual} im Jahr) gegenüber Ihrer jetzigen Auswahl.`,
  costsMore: (p: { monthly: string; annual: string }) =>
    `Das kostet ${p.monthly} im Monat (${p.annual} im Jahr) mehr als Ihre jetzige Auswahl, die aber nicht allen gibt, was sie brauchen.`,
  same: 'Das kostet genauso viel wie Ihre jetzige Auswahl.',
  blocked: (p: { seats: number }) => `Ihre jetzige Auswahl lässt ${plural(p.seats, { one: 'Lizenz', other: 'Lizenzen' })} aus, die eine Obergrenze nicht zulässt.`,
  runnerUp: (p: { change: string; monthly: string; annual: string }) => `Zweitbeste Wahl: ${p.change}, für ${p.monthly} im Monat (${p.annual} im Jahr) mehr.`,
  runnerUpChange: (p: { name: string; suites: readonly string[] }) => `${p.name} mit ${and(p.suites)}`,
  guests: 'Gäste, ohne Lizenz',
  noLicence: 'keine Lizenz',
  noRunnerUp: 'Es gibt keine zweitbeste Wahl: Keine andere Mischung von Paketen gibt allen, was sie brauchen.',
  confidence: { high: 'hoher', 'medium-high': 'ziemlich hoher', medium: 'mittlerer', low: 'niedriger' } satisfies Record<Confidence, string>,
  figures: {
    grant: (p: { product: string }) => `der kostenlose Zuschuss für ${p.product}`,
    price: (p: { product: string }) => `der Non-Profit-Preis von ${p.product}`,
    surcharge: () => 'der Aufschlag für monatliche Zahlung bei Jahreslaufzeit',
  },
  decidedBy: (p: { confidence: string; figure: string }) => `Den Ausschlag gab ein Wert mit ${p.confidence} Verlässlichkeit: ${p.figure}.`,
  withoutIt: (p: { change: string }) => `Ohne ihn würde die Empfehlung lauten: ${p.change}.`,
  withoutItNone: 'Ohne ihn gäbe kein Paket, das sich bei diesem Kauf berechnen lässt, allen, was sie brauchen.',
  restsOn: (p: { figures: readonly string[] }) => `Die Empfehlung stützt sich auf unsichere Werte (${and(p.figures)}), wäre aber ohne sie dieselbe.`,
  askPartner: (p: { products: readonly string[] }) =>
    `Für ${and(p.products)} gibt es keinen veröffentlichten Non-Profit-Preis, daher hat der Berater ${p.products.length > 1 ? 'sie' : 'es'} ausgelassen: Fragen Sie einen Partner.`,
  apply: 'Diese Empfehlung übernehmen',
  applyHint: 'Jede Gruppe bekommt das empfohlene Paket; eine Gruppe, die auf zwei Pakete verteilt wird, wird zu zwei Gruppen.',
  applied: 'Übernommen: Gruppen und Schätzung folgen jetzt der Empfehlung.',
  asScenario: 'Als Szenario hinzufügen',
  asScenarioHint: 'Fügt die Empfehlung als neues Szenario hinzu und zeigt es an; Ihre jetzige Auswahl bleibt unverändert. Unter den Szenarien können Sie zurückwechseln oder beide vergleichen.',
  scenarioName: 'Empfehlung des Beraters',
  scenarioAdded: 'Als Szenario „Empfehlung des Beraters“ hinzugefügt und angezeigt: Ihre bisherige Auswahl bleibt unverändert.',
  scenarioFull: 'Die Schätzung umfasst schon vier Szenarien: Löschen Sie eines, um die Empfehlung als weiteres hinzuzufügen.',
  announce: (p: { monthly: string; annual: string }) => `Empfehlung: ${p.monthly} im Monat, ${p.annual} im Jahr.`,
  error: 'Der Berater kann mit dieser Schätzung erst arbeiten, wenn das Problem in den Summen behoben ist.',
};
