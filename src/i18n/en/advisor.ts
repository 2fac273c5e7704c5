/**
 * English strings of the plan advisor, loaded when someone opens it. Money and counts arrive
 * formatted; product and group names arrive as they show elsewhere on the page.
 */
import type { AdvisorNeed } from '../../data/advisor-presets';
import type { Confidence } from '../../data/types';
import type { AdviceReason } from '../../lib';
import { count, plural } from './count';

/** A list joined with "and", as English writes it. */
const and = (items: readonly string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
/** The same list with "or". */
const or = (items: readonly string[]) => new Intl.ListFormat('en', { type: 'disjunction' }).format(items);

/** Each need as a sentence names it: "the cheapest plan with web apps and e-mail plus the desktop apps". */
const needPhrases = {
  'mail-and-web-apps': 'web apps and e-mail',
  'desktop-apps': 'the desktop apps',
  'device-security': 'device security',
  compliance: 'compliance tools',
  'phone-and-bi': 'a phone system and Power BI',
} satisfies Record<AdvisorNeed, string>;

/** Needs joined with "plus", since the first already holds an "and". */
const needList = (needs: readonly AdvisorNeed[]) => {
  const phrases = needs.map((need) => needPhrases[need]);
  return phrases.length < 2 ? phrases.join('') : `${phrases.slice(0, -1).join(', ')} plus ${phrases.at(-1)}`;
};

const limits = {
  grant: 'the free grant covers no more people',
  'product-cap': 'it is sold for no more people',
  'tenant-cap': 'the Business plans together reach the most one organisation may have',
} satisfies Record<Extract<AdviceReason, { code: 'split-at-limit' }>['limit'], string>;

/** The names a reason needs: its suites' and the ones to ask a partner about, already looked up. */
export interface ReasonNames {
  suite: string;
  then: string;
  askPartner: readonly string[];
}

export const advisor = {
  intro: 'Say what each group’s people need, or pick who they are (that also sets whether they may receive grants). The advisor finds the cheapest mix of plans that gives every group everything it needs, within the grants and caps, for how and when you buy.',
  nothingTicked: 'A group with nothing ticked needs no licence: its people are invited free as guests.',
  needsLegend: (p: { name: string }) => `${p.name}: what they need`,
  groupFacts: (p: { people: number; eligible: boolean }) =>
    `${plural(p.people, { one: 'person', other: 'people' })}, ${p.eligible ? 'who may receive grants' : 'who may not receive grants'}`,
  needs: {
    'mail-and-web-apps': 'E-mail, Teams and the web and mobile Office apps',
    'desktop-apps': 'Desktop Office apps',
    'device-security': 'Device management and advanced security',
    compliance: 'Enterprise compliance',
    'phone-and-bi': 'Phone system and Power BI',
  } satisfies Record<AdvisorNeed, string>,
  presetsLabel: (p: { name: string }) => `Or fill in ${p.name} as`,
  presets: {
    'office-staff': 'Office staff',
    'frontline-staff': 'Frontline staff',
    board: 'Board',
    'volunteers-mailbox': 'Volunteers who need a mailbox',
    'volunteers-guests': 'Volunteers as guests: no licence',
  } as Record<string, string>,
  adviceHeading: 'What the advisor recommends',
  waiting: 'Tick what at least one group needs, and the advice appears here.',
  reasons: {
    'no-licence-needed': () => 'Guests: they need no licence, so they are invited free with their own Microsoft account.',
    'cheapest-meeting-needs': (p: { granted: boolean; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      p.granted
        ? `${n.suite}: it has ${needList(p.needs)}, all they need, and it is granted free to staff.`
        : `${n.suite}: the cheapest plan with ${needList(p.needs)}.`,
    'split-at-limit': (p: { seats: number; rest: number; granted: boolean; limit: keyof typeof limits; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      `${count(p.seats)} on ${p.granted ? `the ${n.suite} grant` : n.suite}, the other ${count(p.rest)} on ${n.then}: ${limits[p.limit]}, and ${n.then} is the next cheapest with ${needList(p.needs)}.`,
    'no-priced-plan': (p: { people: number; needs: readonly AdvisorNeed[] }, n: ReasonNames) =>
      `No plan this purchase can price has ${needList(p.needs)}, so ${plural(p.people, { one: 'person stays', other: 'people stay' })} without a licence.` +
      (n.askPartner.length > 0 ? ` ${or(n.askPartner)} would do: ask a partner for its price.` : ''),
  },
  costMonthly: 'A month',
  costAnnual: 'A year',
  costHeading: 'The advised plan costs',
  saves: (p: { monthly: string; annual: string }) => `That saves ${p.monthly} a month (${p.annual} a year) against what you have chosen now.`,
  costsMore: (p: { monthly: string; annual: string }) => `That costs ${p.monthly} a month (${p.annual} a year) more than what you have chosen now, which does not give everyone what they need.`,
  same: 'That costs the same as what you have chosen now.',
  blocked: (p: { seats: number }) => `What you have chosen now leaves ${plural(p.seats, { one: 'seat', other: 'seats' })} out that a cap does not allow.`,
  runnerUp: (p: { change: string; monthly: string; annual: string }) => `Runner-up: ${p.change}, for ${p.monthly} a month (${p.annual} a year) more.`,
  runnerUpChange: (p: { name: string; suites: readonly string[] }) => `${p.name} on ${and(p.suites)}`,
  guests: 'guests, without a licence',
  noLicence: 'no licence',
  noRunnerUp: 'There is no runner-up: no other mix of plans gives everyone what they need.',
  confidence: { high: 'high', 'medium-high': 'medium-high', medium: 'medium', low: 'low' } satisfies Record<Confidence, string>,
  figures: {
    grant: (p: { product: string }) => `the free grant of ${p.product}`,
    price: (p: { product: string }) => `the nonprofit price of ${p.product}`,
    surcharge: () => 'the surcharge for paying an annual term monthly',
  },
  decidedBy: (p: { confidence: string; figure: string }) => `A figure of ${p.confidence} confidence decided this: ${p.figure}.`,
  withoutIt: (p: { change: string }) => `Without it the advice would be: ${p.change}.`,
  withoutItNone: 'Without it no plan this purchase can price would give everyone what they need.',
  restsOn: (p: { figures: readonly string[] }) => `The advice rests on figures that are not certain (${and(p.figures)}), but without them it would be the same.`,
  askPartner: (p: { products: readonly string[] }) => `${and(p.products)} ${p.products.length > 1 ? 'have' : 'has'} no published nonprofit price, so the advisor left ${p.products.length > 1 ? 'them' : 'it'} out: ask a partner.`,
  apply: 'Apply this plan',
  applyHint: 'Each group takes the advised plan; a group split between two plans becomes two groups.',
  applied: 'Applied: the groups and the estimate now follow the advice.',
  asScenario: 'Add it as a scenario',
  asScenarioHint: 'Adds the advice as a new scenario and shows it; your current plan stays as it is. Switch back or compare them under Scenarios.',
  scenarioName: 'Advisor’s plan',
  scenarioAdded: 'Added as the scenario “Advisor’s plan” and shown: your current plan is kept as it was.',
  scenarioFull: 'The estimate already holds four scenarios: delete one to add the advice as another.',
  announce: (p: { monthly: string; annual: string }) => `Advice: ${p.monthly} a month, ${p.annual} a year.`,
  error: 'The advisor cannot work on this estimate until the problem in the totals is put right.',
};
