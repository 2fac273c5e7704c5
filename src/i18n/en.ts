/**
 * Every English string the calculator shows, the engine's messages included.
 * Other locales implement the same Dictionary shape.
 */

import { count, plural } from './en-count';

const seats = (value: number): string => plural(value, 'seat', 'seats');

export const en = {
  locale: 'en-US',
  currency: 'USD',

  channels: {
    direct: 'Direct or CSP partner',
    'enterprise-agreement': 'Enterprise Agreement',
  },

  /** The channels inside a sentence: "buying …", "available …". */
  channelPhrases: {
    direct: 'directly or through a CSP partner',
    'enterprise-agreement': 'under an Enterprise Agreement',
  },

  families: {
    'm365-business': 'Microsoft 365 for business',
    'office-365-enterprise': 'Office 365 for enterprise',
    'm365-enterprise': 'Microsoft 365 for enterprise',
    'dynamics-365': 'Dynamics 365',
    'power-platform': 'Power Platform',
    frontline: 'Frontline',
  },

  /** Why an input to the engine was refused; `field` names the input (`lines[0].staff`). */
  errors: {
    'invalid-lines': (p: { field: string }) => `${p.field} must be a list of product lines (at most 100).`,
    'invalid-seats': (p: { field: string }) => `${p.field} must be a whole number of seats from 0 to 1,000,000.`,
    'unknown-product': (p: { field: string; value: string }) => `${p.field}: there is no product "${p.value}" in the price book.`,
    'duplicate-product': (p: { field: string; value: string }) =>
      `${p.field}: "${p.value}" is already on another line; put all its seats on one line so the grant is counted once.`,
    'invalid-channel': (p: { field: string }) => `${p.field} must be "direct" or "enterprise-agreement".`,
    'invalid-date': (p: { field: string }) => `${p.field} must be a real date written YYYY-MM-DD.`,
    'invalid-renewal': (p: { field: string }) => `${p.field} must be a day of the year written MM-DD, such as 11-01.`,
    'date-before-price-book': (p: { field: string; value: string; first: string }) =>
      `${p.field}: prices apply from ${p.value}, but the price book starts on ${p.first}.`,
    'invalid-months': (p: { field: string }) => `${p.field} must be a whole number of months from 1 to 120.`,
    'invalid-term': (p: { field: string }) =>
      `${p.field} must be "annual-yearly" (annual commitment paid yearly), "annual-monthly" (paid monthly) or "monthly" (monthly term).`,
    'invalid-groups': (p: { field: string }) => `${p.field} must be a list of groups of people (at most 100).`,
    'invalid-group': (p: { field: string }) => `${p.field} must be a group with an id, a name and whether its people may receive grants.`,
    'duplicate-group': (p: { field: string; value: string }) => `${p.field}: the group id "${p.value}" is used by another group.`,
    'not-a-suite': (p: { field: string; value: string }) => `${p.field}: "${p.value}" is an add-on, not a suite; a group has one suite and add-ons on top.`,
    'not-an-add-on': (p: { field: string; value: string }) => `${p.field}: "${p.value}" is a suite, not an add-on; a group has one suite only.`,
    'duplicate-add-on': (p: { field: string; value: string }) => `${p.field}: "${p.value}" is already an add-on of this group.`,
    'invalid-count': (p: { field: string }) => `${p.field} must be a whole number from 0 to 1,000,000.`,
    'active-above-assigned': (p: { field: string }) => `${p.field} cannot be more than the licences assigned.`,
    'invalid-amount': (p: { field: string }) => `${p.field} must be an amount such as 12.50: not negative, at most two decimals.`,
    'invalid-spend': (p: { field: string }) => `${p.field} must be one monthly amount, or twelve (one for each of the next 12 months), such as 150.00.`,
    'invalid-units': (p: { field: string }) => `${p.field} must be a whole number of units from 1 to 10,000.`,
    'too-many-keys': (p: { field: string }) => `${p.field}: the planner takes at most 50 credit keys.`,
    'activation-before-purchase': (p: { field: string }) => `${p.field}: a key cannot be activated before it is bought.`,
    'activation-too-late': (p: { field: string; last: string }) =>
      `${p.field}: a key must be activated within 5 years of purchase, so by ${p.last} at the latest.`,
  },

  /** Problems the engine finds in a valid selection, shown beside the line they concern. */
  issues: {
    'over-seat-cap': (p: { product: string; cap: number; seats: number; alternative?: string }) =>
      `${p.product} is limited to ${seats(p.cap)} per organisation; this line has ${count(p.seats)}.` +
      (p.alternative ? ` ${p.alternative} has the same core features without the cap.` : ''),
    'grant-only-volunteers': (p: { product: string; volunteers: number }) =>
      `${p.product} is offered to nonprofits only as a grant for staff and unpaid leaders, so ${seats(p.volunteers)} for volunteers are not priced. ` +
      'Give volunteers a discounted plan such as Microsoft 365 Business Standard, or invite them free as guests with a personal Microsoft account.',
    'staff-beyond-grant-unpriced': (p: { product: string; grant: number; unpriced: number }) =>
      `${p.product} has no published nonprofit price beyond its grant of ${seats(p.grant)}, so ${seats(p.unpriced)} for staff are not priced.`,
    'no-nonprofit-price': (p: { product: string }) =>
      `${p.product} has no published nonprofit price. Ask a Microsoft partner for a quote; it is listed but not priced here.`,
    'grant-not-in-channel': (p: { product: string; grant: number; channel: string; otherChannel: string }) =>
      `The ${p.product} grant of ${seats(p.grant)} is only available ${p.otherChannel}, not ${p.channel}; here every staff seat is paid.`,
  },

  organisation: {
    heading: 'Your organisation',
    staff: 'Paid staff and unpaid leaders',
    staffHint: 'They may receive granted (free) seats.',
    volunteers: 'Volunteers',
    volunteersHint: 'They may buy at the nonprofit discount, but never receive grants.',
    channel: 'How you buy',
    channelHints: {
      direct: 'From Microsoft online or through a Cloud Solution Provider (CSP) partner.',
      'enterprise-agreement': 'A volume agreement for large organisations, signed with Microsoft.',
    },
    asOf: 'Date of the estimate',
    asOfHint: 'Prices in force on this day. Defaults to today.',
    existing: 'We already have an annual subscription',
    renewal: 'Next renewal date',
    renewalHint: 'Price changes reach an existing subscription at its renewal.',
    country: 'Country',
    countryHint: 'Decides which hardware and Azure options you see. Guessed from your browser language, never from your location.',
    countryNone: 'Choose your country',
  },

  fields: {
    seatProblems: {
      empty: 'Enter a number of seats, such as 25.',
      'not-a-number': 'Use digits only, such as 25.',
      negative: 'Seats cannot be negative.',
      fraction: 'Seats are whole licences: use a whole number.',
      'too-large': 'That is more than 1,000,000 seats.',
    },
    dateProblems: {
      empty: 'Enter a full date.',
      'before-book': (p: { first: string }) => `The price book starts on ${p.first}; choose a later date.`,
      'renewal-before-book': (p: { first: string }) =>
        `With this renewal date the current term began before ${p.first}, where the price book starts.`,
    },
    kept: (p: { value: string }) => `The results still use ${p.value}.`,
    feeProblems: {
      comma: 'Use a point for decimals, such as 12.50.',
      'not-an-amount': 'Enter an amount such as 12.50, or leave it empty.',
    },
  },

  products: {
    heading: 'Products',
    add: 'Add a product',
    addButton: 'Add',
    added: 'added',
    unpricedOption: 'no published nonprofit price',
    none: 'No products yet. Add one to see its cost.',
    remove: (p: { product: string }) => `Remove ${p.product}`,
    staffSeats: 'Staff seats',
    volunteerSeats: 'Volunteer seats',
    followsOrganisation: 'Follows your organisation until you change it.',
  },

  line: {
    granted: 'Granted (free)',
    paid: 'Paid seats',
    unpriced: 'Not priced',
    unitPrice: 'Nonprofit price per user a month',
    monthly: 'Per month',
    yearly: 'Per year',
    commercial: 'Commercial price',
    commercialCost: (p: { unit: string; monthly: string }) => `${p.unit} per user, ${p.monthly} a month`,
    savings: 'You save',
    savingsValue: (p: { monthly: string; percent: string }) => `${p.monthly} a month (${p.percent})`,
    noPrice: 'Ask a Microsoft partner',
    source: 'Source',
    mediumConfidence: 'medium confidence',
  },

  totals: {
    heading: 'Your estimate',
    nonprofitMonthly: 'Nonprofit cost per month',
    nonprofitAnnual: 'Nonprofit cost per year',
    commercialAnnual: 'Commercial cost per year',
    savingsAnnual: 'Savings per year',
    savingsPercent: 'Saved against list prices',
    grantValueAnnual: 'Value of the granted seats per year',
    pricesOf: (p: { date: string }) => `Prices in force on ${p.date}.`,
    announce: (p: { monthly: string; annual: string; percent: string }) =>
      `Estimate updated: ${p.monthly} a month, ${p.annual} a year, ${p.percent} below list prices.`,
    unpricedSeats: (p: { count: string }) => `${p.count} seats are not priced; see the notes on their lines.`,
  },

  embedSection: {
    heading: 'Embed this calculator',
  },

  summaryBar: {
    perMonth: 'a month',
    saves: (p: { percent: string }) => `${p.percent} below list prices`,
  },

  notice: {
    engine: 'This combination could not be priced:',
  },

  share: {
    copy: 'Copy link',
    copied: 'Link copied. Anyone who opens it sees this calculation.',
    copyFailed: 'Your browser did not let the page copy. Select the link below and copy it:',
    linkLabel: 'Link to this calculation',
    poweredBy: 'Powered by the Nonprofit Microsoft Cost Calculator',
  },


};

/** The shape every locale's dictionary has. */
export type Dictionary = typeof en;
