/** Norwegian strings of the organisation model on the calculator: groups, billing term, caps in the totals, old estimates. */
import type { BillingTerm, Caveat } from '../../data/types';
import type { OrganisationIssueMessages } from '../messages';
import type { OrganisationStrings } from '../parts';
import { productName } from '../product-names';
import { count, plural } from './count';
import { issues } from './issues';

const people = (n: number): string => plural(n, { one: 'person', other: 'personer' });
const seats = (n: number): string => plural(n, { one: 'lisens', other: 'lisenser' });

/** Each tenant-wide cap's plans, in words. */
const capFamilies: Record<string, { plans: string; list: string }> = {
  'm365-business': { plans: 'Business-abonnementene', list: 'Business Basic, Standard og Premium' },
};

export const organisationIssues: OrganisationIssueMessages = {
  'over-product-cap': (p) => `${people(p.people)} kan ikke dekkes av ${productName(p.product)}: produktet er begrenset til ${seats(p.cap)} per organisasjon.`,
  'over-tenant-cap': (p) => {
    const family = capFamilies[p.cap] ?? { plans: p.products.map(productName).join(', '), list: p.products.map(productName).join(', ') };
    return `${people(p.people)} kan ikke dekkes av ${family.plans}: høyst ${seats(p.seats)} til sammen for ${family.list}.`;
  },
  'renewals-only': (p) => `${people(p.people)} kan ikke dekkes av ${productName(p.product)}: siden ${p.from} selges det bare til kunder som fornyer, ikke ved nye kjøp.`,
  'grant-only-volunteers': (p) => `${productName(p.product)} tilbys bare som bevilgning til lønnede ansatte og ulønnede ledere, så ${seats(p.volunteers)} til frivillige er uten pris.`,
  'staff-beyond-grant-unpriced': (p) => `${productName(p.product)} har ingen publisert pris for ideelle organisasjoner utover bevilgningen på ${count(p.grant)}, så ${seats(p.unpriced)} til ansatte er uten pris.`,
  'no-nonprofit-price': (p) => `${productName(p.product)} har ingen publisert pris for ideelle organisasjoner. Be en Microsoft-partner om et pristilbud; ${seats(p.people)} er ikke priset her.`,
  // A grant no source confirms in the other channel: the line's own sentence says so.
  'grant-not-in-channel': (p) =>
    p.confirmed
      ? `Bevilgningen av ${productName(p.product)} på ${seats(p.grant)} fås bare ${p.otherChannel === 'direct' ? 'ved kjøp direkte eller via en CSP-partner' : 'gjennom en Foretaksavtale'}; her betales alle lisenser til ansatte.`
      : issues['grant-not-in-channel'](p.product, p),
};

export const organisation: OrganisationStrings = {
  groups: {
    heading: 'Hvem trenger hva',
    intro: 'Beskriv personene i organisasjonen én gang, i grupper. Hver gruppe får én programserie og eventuelle tillegg; antall lisenser per produkt følger av gruppene.',
    // The FAQ's names for who may get grants and who only discounts.
    defaultNames: ['Lønnede ansatte og ulønnede ledere', 'Frivillige'] as readonly string[],
    unnamed: (p: { n: number }) => `Gruppe ${p.n}`,
    name: 'Navn',
    people: 'Antall personer',
    grantEligible: 'Kan få bevilgninger (lønnede ansatte og ulønnede ledere)',
    suite: 'Programserie',
    chooseSuite: 'Velg en programserie',
    guest: 'Ingen lisens: gratis som gjest',
    addOns: 'Tillegg',
    add: 'Legg til en gruppe',
    split: 'Skill ut personer',
    splitPeople: 'Antall personer som skal skilles ut',
    splitButton: (p: { name: string }) => `Skill ut fra ${p.name}`,
    remove: (p: { name: string }) => `Fjern ${p.name}`,
    total: (p: { people: number }) => `${people(p.people)} i alt.`,
    allCovered: 'Alle er dekket én gang: hver person er i én gruppe, og hver gruppe har én programserie.',
    withoutSuite: (p: { names: string; people: number }) => `${people(p.people)} uten programserie: ${p.names}.`,
    guests: (p: { people: number }) => `${people(p.people)} invitert gratis som gjester.`,
  },
  // "Abonnementsform": a commitment and how it is paid, in the words of a Norwegian subscription.
  term: {
    label: 'Abonnementsform',
    names: {
      'annual-yearly': 'Årlig binding, betalt per år',
      'annual-monthly': 'Årlig binding, betalt per måned',
      monthly: 'Månedlig abonnement (kan sies opp hver måned)',
    } satisfies Record<BillingTerm, string>,
    hints: {
      'annual-yearly': 'Grunnprisen: bundet for ett år, betalt på forskudd.',
      'annual-monthly': 'Bundet for ett år, betalt måned for måned: omtrent 5 % dyrere.',
      monthly: 'Ingen binding utover måneden: 20 % dyrere.',
    } satisfies Record<BillingTerm, string>,
    surcharge: (p: { percent: string }) => `Prisene for ideelle organisasjoner her inkluderer et påslag på ${p.percent} for denne abonnementsformen.`,
  },
  caveats: {
    'no-public-source': 'Ingen offentlig kilde oppgir dette tallet.',
    'derived-from-discount': 'Regnet ut fra en oppgitt rabatt, ikke en publisert pris.',
    'nonprofit-application-unstated': 'Ingen kilde sier om dette påslaget gjelder priser for ideelle organisasjoner: regn det som usikkert.',
    'grant-in-channel-unconfirmed': 'Ingen kilde bekrefter denne bevilgningen i denne kjøpskanalen etter endringen.',
    'grant-after-end-of-sale-unpublished': 'Det er ikke publisert hvordan de gratis lisensene for ideelle organisasjoner fungerer når abonnementet ikke lenger selges.',
  } satisfies Record<Caveat, string>,
  breakdown: {
    heading: 'Lisenser per produkt',
    intro: 'Regnet ut fra gruppene: endre gruppene for å endre disse tallene.',
    none: 'Ingen produkter ennå: velg en programserie eller et tillegg for en gruppe.',
    blocked: 'Kan ikke kjøpes',
    forGroups: (p: { names: string }) => `Gjelder: ${p.names}.`,
  },
  caps: {
    blockedTotal: (p: { people: number }) => `Summene tar ikke med ${people(p.people)}: lisensene deres kan ikke kjøpes.`,
    proposal: (p: { people: number; alternative: string; product: string }) => `${productName(p.alternative)} for ${people(p.people)} som faller utenfor ${productName(p.product)}`,
    sameNeeds: 'Den dekker minst det samme som programserien med tak.',
    fewerNeeds: 'Den dekker mindre enn programserien med tak.',
    adds: (p: { monthly: string; annual: string }) => `Øker kostnaden med ${p.monthly} per måned, ${p.annual} per år.`,
    apply: (p: { alternative: string }) => `Bruk ${productName(p.alternative)} for dem`,
  },
  past: {
    notice: (p: { date: string }) => `Priser per ${p.date}. Vil du bruke dagens priser?`,
    action: 'Bruk dagens priser',
  },
  /** The plan advisor's heading, shown closed before its own strings load. */
  advisor: { heading: 'Abonnementsrådgiver: finn det billigste abonnementet' },
};
