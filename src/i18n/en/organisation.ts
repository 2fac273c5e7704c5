/** English strings of the organisation model on the calculator: groups, billing term, caps in the totals, old estimates. */
import type { BillingTerm, Caveat } from '../../data/types';
import type { OrganisationIssueMessages } from '../messages';
import { productName } from '../product-names';
import { count, plural } from './count';
import { issues } from './issues';

const people = (n: number): string => plural(n, { one: 'person', other: 'people' });

/** Each tenant-wide cap's plans, in words. */
const capFamilies: Record<string, { plans: string; list: string }> = {
  'm365-business': { plans: 'Business plans', list: 'Business Basic, Standard and Premium' },
};

export const organisationIssues: OrganisationIssueMessages = {
  'over-product-cap': (p) => `${people(p.people)} cannot be covered by ${productName(p.product)}: it is limited to ${count(p.cap)} seats per organisation.`,
  'over-tenant-cap': (p) => {
    const family = capFamilies[p.cap] ?? { plans: p.products.map(productName).join(', '), list: p.products.map(productName).join(', ') };
    return `${people(p.people)} cannot be covered by ${family.plans}: at most ${count(p.seats)} across ${family.list} together.`;
  },
  'renewals-only': (p) => `${people(p.people)} cannot be covered by ${productName(p.product)}: since ${p.from} it is sold only to customers who renew it, not in a new purchase.`,
  'grant-only-volunteers': (p) => `${productName(p.product)} is offered only as a grant for staff and unpaid leaders, so ${count(p.volunteers)} volunteer seats are not priced.`,
  'staff-beyond-grant-unpriced': (p) => `${productName(p.product)} has no published nonprofit price beyond its grant of ${count(p.grant)}, so ${count(p.unpriced)} staff seats are not priced.`,
  'no-nonprofit-price': (p) => `${productName(p.product)} has no published nonprofit price. Ask a Microsoft partner for a quote; its ${count(p.people)} seats are not priced here.`,
  // A grant no source confirms in the other channel: the line's own sentence says so.
  'grant-not-in-channel': (p) =>
    p.confirmed
      ? `The ${productName(p.product)} grant of ${count(p.grant)} seats is only available under ${p.otherChannel === 'direct' ? 'a direct or CSP purchase' : 'an Enterprise Agreement'}; here every staff seat is paid.`
      : issues['grant-not-in-channel'](p.product, p),
};

export const organisation = {
  groups: {
    heading: 'Who needs what',
    intro: 'Describe your people once, in groups. Each group gets one suite and any add-ons; seats per product follow from the groups.',
    defaultNames: ['Paid staff and unpaid leaders', 'Volunteers'] as readonly string[],
    unnamed: (p: { n: number }) => `Group ${p.n}`,
    name: 'Name',
    people: 'People',
    grantEligible: 'May receive grants (paid staff and unpaid leaders)',
    suite: 'Suite',
    chooseSuite: 'Choose a suite',
    guest: 'No licence: invited free as guests',
    addOns: 'Add-ons',
    add: 'Add a group',
    split: 'Split off',
    splitPeople: 'People to split off',
    splitButton: (p: { name: string }) => `Split ${p.name}`,
    remove: (p: { name: string }) => `Remove ${p.name}`,
    total: (p: { people: number }) => `${people(p.people)} in all.`,
    allCovered: 'Everyone is covered once: each person is in one group, and each group has one suite.',
    withoutSuite: (p: { names: string; people: number }) => `${people(p.people)} without a suite: ${p.names}.`,
    guests: (p: { people: number }) => `${people(p.people)} invited free as guests.`,
  },
  term: {
    label: 'Billing term',
    names: {
      'annual-yearly': 'Annual commitment, paid yearly',
      'annual-monthly': 'Annual commitment, paid monthly',
      monthly: 'Monthly term (cancel any month)',
    } satisfies Record<BillingTerm, string>,
    hints: {
      'annual-yearly': 'The base price: one year committed, paid up front.',
      'annual-monthly': 'One year committed, paid month by month: about 5 % more.',
      monthly: 'No commitment beyond the month: 20 % more.',
    } satisfies Record<BillingTerm, string>,
    surcharge: (p: { percent: string }) => `Nonprofit prices here include a ${p.percent} surcharge for this term.`,
  },
  caveats: {
    'no-public-source': 'No public document states this figure.',
    'derived-from-discount': 'Worked out from a stated discount, not a published price.',
    'nonprofit-application-unstated': 'No source says whether this surcharge applies to nonprofit prices: treat it as uncertain.',
    'grant-in-channel-unconfirmed': 'No source confirms this grant in this channel after the change.',
    'grant-after-end-of-sale-unpublished': 'How the free nonprofit licences work once the plan is no longer sold is not published.',
  } satisfies Record<Caveat, string>,
  breakdown: {
    heading: 'Seats per product',
    intro: 'Derived from your groups: change the groups to change these.',
    none: 'No product yet: choose a suite or an add-on for a group.',
    blocked: 'Cannot be bought',
    forGroups: (p: { names: string }) => `For: ${p.names}.`,
  },
  caps: {
    blockedTotal: (p: { people: number }) => `The totals leave out ${people(p.people)}: their seats cannot be bought.`,
    proposal: (p: { people: number; alternative: string; product: string }) => `Cover the ${people(p.people)} left out of ${productName(p.product)} with ${productName(p.alternative)}`,
    sameNeeds: 'It includes at least what the capped suite does.',
    fewerNeeds: 'It includes less than the capped suite does.',
    adds: (p: { monthly: string; annual: string }) => `Adds ${p.monthly} a month, ${p.annual} a year.`,
    apply: (p: { alternative: string }) => `Use ${productName(p.alternative)} for them`,
  },
  past: {
    notice: (p: { date: string }) => `Prices as of ${p.date}. Use today's prices?`,
    action: "Use today's prices",
  },
  /** The plan advisor's heading, shown closed before its own strings load. */
  advisor: { heading: 'Plan advisor: find the cheapest plan' },
};
