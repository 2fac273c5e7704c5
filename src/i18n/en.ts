/**
 * Every English string the calculator shows, the engine's messages included.
 * Other locales implement the same Dictionary shape.
 */

const integer = new Intl.NumberFormat('en-US');
const count = (value: number): string => integer.format(value);
const seats = (value: number): string => `${count(value)} ${value === 1 ? 'seat' : 'seats'}`;

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

  site: {
    title: 'Nonprofit Microsoft Cost Calculator',
    description: "What Microsoft's nonprofit offers cost your organisation, and what you save against commercial prices.",
    skipToContent: 'Skip to the calculation',
    footer: 'Prices in US dollars per user per month on an annual commitment; Microsoft bills the equivalent in local currency.',
  },

  sample: {
    heading: 'A sample calculation',
    intro: (p: { date: string; channel: string }) =>
      `A small nonprofit buying ${p.channel} on ${p.date}: Microsoft 365 Business Premium for its 25 staff, Office 365 E1 for 40 volunteers, and Power Apps for 12 staff.`,
    caption: 'Monthly and yearly cost of the sample organisation, with nonprofit grants and discounts against commercial list prices',
    nextStep: 'An interactive calculator for your own organisation is on its way.',
  },

  table: {
    product: 'Product',
    staff: 'Staff',
    volunteers: 'Volunteers',
    granted: 'Granted (free)',
    paid: 'Paid',
    unitPrice: 'Nonprofit price per user',
    monthly: 'Per month',
    yearly: 'Per year',
    commercialMonthly: 'Commercial per month',
    savings: 'You save per month',
    total: 'Total',
    notPriced: 'not priced',
    source: 'Source',
  },

  totals: {
    heading: 'In total',
    nonprofitMonthly: 'Nonprofit cost per month',
    nonprofitAnnual: 'Nonprofit cost per year',
    commercialAnnual: 'Commercial cost per year',
    savingsAnnual: 'Savings per year',
    savingsPercent: 'Saved against list prices',
    grantValueAnnual: 'Value of the granted seats per year',
  },

  method: {
    heading: 'How this is calculated',
    points: [
      'Granted seats come first: only paid staff and unpaid leaders may receive them, up to the grant for your purchase channel.',
      'Every other seat, volunteers included, pays the discounted nonprofit price; the commercial comparison prices every seat at the list price.',
      'An existing subscription pays the prices in force on the first day of its current annual term, so a price change reaches it at its next renewal.',
      'Each line is rounded to the cent (half up); totals are the sums of the rounded lines.',
    ],
  },

  sources: {
    heading: 'Sources',
    confidenceMedium: 'medium confidence',
  },
};

/** The shape every locale's dictionary has. */
export type Dictionary = typeof en;
