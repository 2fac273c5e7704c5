/**
 * Norwegian strings of the plan advisor, loaded when someone opens it. Money and counts arrive
 * formatted; product and group names arrive as they show elsewhere on the page.
 */
import type { AdvisorNeed } from '../../data/advisor-presets';
import type { Confidence } from '../../data/types';
import type { AdviceReason } from '../../lib';
import type { ReasonNames } from '../en/advisor';
import { intlTag } from '../locales';
import type { AdvisorStrings } from '../parts';
import { count, plural } from './count';

/** A list joined with "og", as Norwegian writes it. */
const and = (items: readonly string[]) => new Intl.ListFormat(intlTag('nb'), { type: 'conjunction' }).format(items);
/** The same list with "eller". */
const or = (items: readonly string[]) => new Intl.ListFormat(intlTag('nb'), { type: 'disjunction' }).format(items);

/** Each need as a sentence names it: "det billigste abonnementet med e-post og Office på nett pluss Office-appene for PC og Mac". */
const needPhrases = {
  'mail-and-web-apps': 'e-post og Office på nett',
  'desktop-apps': 'Office-appene for PC og Mac',
  'device-security': 'enhetssikkerhet',
  compliance: 'samsvarsverktøy',
  'phone-and-bi': 'telefonsystem og Power BI',
} satisfies Record<AdvisorNeed, string>;

/** Needs joined with "pluss", since the first already holds an "og". */
const needList = (needs: readonly AdvisorNeed[]) => {
  const phrases = needs.map((need) => needPhrases[need]);
  return phrases.length < 2 ? phrases.join('') : `${phrases.slice(0, -1).join(', ')} pluss ${phrases.at(-1)}`;
};

const limits = {
  grant: 'den gratis bevilgningen dekker ikke flere personer',
  'product-cap': 'abonnementet selges ikke til flere personer',
  'tenant-cap': 'Business-abonnementene har til sammen nådd det meste én organisasjon kan ha',
} satisfies Record<Extract<AdviceReason, { code: 'split-at-limit' }>['limit'], string>;

export const advisor: AdvisorStrings = {
  intro: 'Kryss av for hva personene i hver gruppe trenger, eller velg hvem de er (det angir også om de kan få bevilgninger). Rådgiveren finner den billigste kombinasjonen av abonnementer som gir hver gruppe alt den trenger, innenfor bevilgningene og takene, for måten og tidspunktet dere kjøper på.',
  nothingTicked: 'En gruppe uten noe avkrysset trenger ingen lisens: personene inviteres gratis som gjester.',
  needsLegend: (p: { name: string }) => `Hva ${p.name} trenger`,
  groupFacts: (p: { people: number; eligible: boolean }) =>
    `${plural(p.people, { one: 'person', other: 'personer' })}, ${p.eligible ? 'som kan få bevilgninger' : 'som ikke kan få bevilgninger'}`,
  needs: {
    'mail-and-web-apps': 'E-post, Teams og Office-appene på nett og mobil',
    'desktop-apps': 'Office-appene for PC og Mac',
    'device-security': 'Enhetsadministrasjon og avansert sikkerhet',
    compliance: 'Samsvarsverktøy for store virksomheter',
    'phone-and-bi': 'Telefonsystem og Power BI',
  } satisfies Record<AdvisorNeed, string>,
  presetsLabel: (p: { name: string }) => `Eller velg hvem ${p.name} er`,
  presets: {
    'office-staff': 'Kontoransatte',
    'frontline-staff': 'Førstelinjeansatte',
    board: 'Styret',
    'volunteers-mailbox': 'Frivillige som trenger egen e-postadresse',
    'volunteers-guests': 'Frivillige som gjester: ingen lisens',
  } as Record<string, string>,
  adviceHeading: 'Dette anbefaler rådgiveren',
  waiting: 'Kryss av for hva minst én gruppe trenger, så kommer rådet her.',
  reasons: {
    'no-licence-needed': () => 'Gjester: de trenger ingen lisens, så de inviteres gratis med sin egen Microsoft-konto.',
    'cheapest-meeting-needs': (p: { granted: boolean; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      p.granted
        ? `${n.suite}: det har ${needList(p.needs)}, alt de trenger, og ansatte får det gratis som bevilgning.`
        : `${n.suite}: det billigste abonnementet med ${needList(p.needs)}.`,
    'split-at-limit': (p: { seats: number; rest: number; granted: boolean; limit: keyof typeof limits; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      `${count(p.seats)} på ${p.granted ? `bevilgningen av ${n.suite}` : n.suite}, de andre ${count(p.rest)} på ${n.then}: ${limits[p.limit]}, og ${n.then} er det nest billigste med ${needList(p.needs)}.`,
    'no-priced-plan': (p: { people: number; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      `Ingen abonnementer som kan prises for dette kjøpet, har ${needList(p.needs)}, så ${plural(p.people, { one: 'person står', other: 'personer står' })} uten lisens.` +
      (n.askPartner.length > 0 ? ` ${or(n.askPartner)} ville passet: be en partner om prisen.` : ''),
  },
  costMonthly: 'Per måned',
  costAnnual: 'Per år',
  costHeading: 'Det anbefalte oppsettet koster',
  saves: (p: { monthly: string; annual: string }) => `Det sparer ${p.monthly} per måned (${p.annual} per år) i forhold til det du har valgt nå.`,
  costsMore: (p: { monthly: string; annual: string }) => `Det koster ${p.monthly} per måned (${p.annual} per år) mer enn det du har valgt nå, som ikke gir alle det de trenger.`,
  same: 'Det koster det samme som det du har valgt nå.',
  blocked: (p: { seats: number }) => `Det du har valgt nå, utelater ${plural(p.seats, { one: 'lisens', other: 'lisenser' })} som et tak ikke tillater.`,
  runnerUp: (p: { change: string; monthly: string; annual: string }) => `Nest best: ${p.change}, for ${p.monthly} mer per måned (${p.annual} per år).`,
  runnerUpChange: (p: { name: string; suites: readonly string[] }) => `${p.name} på ${and(p.suites)}`,
  guests: 'gjester, uten lisens',
  noLicence: 'ingen lisens',
  noRunnerUp: 'Det finnes ikke noe nest beste: ingen annen kombinasjon av abonnementer gir alle det de trenger.',
  confidence: { high: 'høy', 'medium-high': 'ganske høy', medium: 'middels', low: 'lav' } satisfies Record<Confidence, string>,
  figures: {
    grant: (p: { product: string }) => `den gratis bevilgningen av ${p.product}`,
    price: (p: { product: string }) => `prisen for ideelle organisasjoner på ${p.product}`,
    surcharge: () => 'påslaget for å betale årlig binding per måned',
  },
  decidedBy: (p: { confidence: string; figure: string }) => `Et tall med ${p.confidence} sikkerhet avgjorde dette: ${p.figure}.`,
  withoutIt: (p: { change: string }) => `Uten det tallet ville rådet vært: ${p.change}.`,
  withoutItNone: 'Uten det tallet ville ingen abonnementer som kan prises for dette kjøpet, gitt alle det de trenger.',
  restsOn: (p: { figures: readonly string[] }) => `Rådet bygger på tall som ikke er sikre (${and(p.figures)}), men uten dem ville det blitt det samme.`,
  askPartner: (p: { products: readonly string[] }) => `${and(p.products)} har ingen publisert pris for ideelle organisasjoner, så rådgiveren har utelatt ${p.products.length > 1 ? 'dem' : 'det'}: spør en partner.`,
  apply: 'Bruk dette oppsettet',
  applyHint: 'Hver gruppe får det anbefalte abonnementet; en gruppe som deles mellom to abonnementer, blir to grupper.',
  applied: 'Tatt i bruk: gruppene og overslaget følger nå rådet.',
  asScenario: 'Legg det til som et scenario',
  asScenarioHint: 'Legger rådet til som et nytt scenario og viser det; oppsettet du har nå, beholdes som det er. Under scenarioene kan du bytte tilbake eller sammenligne dem.',
  scenarioName: 'Rådgiverens forslag',
  scenarioAdded: 'Lagt til som scenarioet «Rådgiverens forslag» og vist: oppsettet du hadde, beholdes som det var.',
  scenarioFull: 'Overslaget har allerede fire scenarioer: slett ett for å legge til rådet som et nytt.',
  announce: (p: { monthly: string; annual: string }) => `Råd: ${p.monthly} per måned, ${p.annual} per år.`,
  error: 'Rådgiveren kan ikke regne på dette overslaget før problemet i summene er rettet.',
};
