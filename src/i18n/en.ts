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
    'invalid-count': (p: { field: string }) => `${p.field} must be a whole number from 0 to 1,000,000.`,
    'active-above-assigned': (p: { field: string }) => `${p.field} cannot be more than the licences assigned.`,
    'invalid-fee': (p: { field: string }) => `${p.field} must be an amount such as 12.50: not negative, at most two decimals.`,
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

  site: {
    title: 'Nonprofit Microsoft Cost Calculator',
    description: "What Microsoft's nonprofit offers cost your organisation, and what you save against commercial prices.",
    skipToContent: 'Skip to the calculation',
    footer: 'Prices in US dollars per user per month on an annual commitment; Microsoft bills the equivalent in local currency.',
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
    whoHeading: 'Who may get grants and discounts',
    whoSummary:
      'Paid staff and unpaid leaders (such as board members) may receive granted, free licences; all staff and volunteers may buy at the nonprofit discount. Public libraries and public museums qualify like nonprofits.',
    whoTable: {
      caption: 'Who may receive nonprofit licences',
      person: 'Person',
      grant: 'Grant (free)',
      discount: 'Discount',
      yes: 'Yes',
      no: 'No',
      rows: {
        staff: 'Paid staff and unpaid leaders',
        volunteers: 'Volunteers',
        others: 'Programme participants, members, donors',
      },
    },
    guests: 'Volunteers can also be invited free as guests with a personal Microsoft account; a discounted licence gives them full Microsoft 365 and an organisation mailbox.',
    portal:
      'The "Non-Profit-Portal" licence you may see in the admin centre is administrative: it lets the person who manages your nonprofit offers into the portal (the first person to register gets it). It is not a seat to count or buy.',
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

  change: {
    heading: 'What changed on 1 September 2022',
    intro: 'Microsoft raised several nonprofit prices on 1 September 2022. Your selection the day before and on the day:',
    product: 'Product',
    before: 'Before (31 Aug 2022)',
    after: 'From 1 Sept 2022',
    difference: 'Change per month',
    total: 'Total per month',
    perYear: (p: { amount: string }) => `That is ${p.amount} a year.`,
    reachesExisting: (p: { date: string }) => `Your subscription gets the new prices at its renewal on ${p.date}.`,
    reachesNew: 'A purchase made on or after 1 September 2022 pays the new prices from the start.',
    noEffect: 'The change does not alter the prices of the products you chose.',
    laterHeading: 'Later changes that affect your selection',
    laterItem: (p: { date: string }) => `Change on ${p.date}`,
    laterReaches: (p: { date: string }) => `It reaches your subscription on ${p.date}.`,
    grantChange: (p: { product: string; before: string; after: string }) => `${p.product}: granted seats ${p.before} → ${p.after}`,
    priceChange: (p: { product: string; before: string; after: string }) => `${p.product}: nonprofit price ${p.before} → ${p.after}`,
    listChange: (p: { product: string; before: string; after: string }) => `${p.product}: commercial list price ${p.before} → ${p.after}`,
    noLater: 'No later dated change alters the products you chose.',
  },

  projection: {
    heading: 'The next 12 months',
    summary: (p: { nonprofit: string; commercial: string }) => `Over 12 months you pay ${p.nonprofit}, against ${p.commercial} at list prices.`,
    chartLabel: 'Monthly nonprofit cost against commercial cost for the next 12 months',
    nonprofit: 'Nonprofit cost',
    commercial: 'Commercial cost',
    renewal: 'Renewal: new prices',
    tableToggle: 'Show the figures as a table',
    month: 'Month',
    switchNote: (p: { date: string; before: string; after: string }) => `At the renewal on ${p.date} the monthly cost goes from ${p.before} to ${p.after}.`,
  },

  method: {
    heading: 'How this is calculated',
    points: [
      'Who may get a grant: paid staff and unpaid leaders. Volunteers may buy at the discount but never receive grants; programme participants, members and donors are not eligible for nonprofit licences.',
      'Granted seats come first: only paid staff and unpaid leaders may receive them, up to the grant for your purchase channel.',
      'Every other seat, volunteers included, pays the discounted nonprofit price; the commercial comparison prices every seat at the list price.',
      'An existing subscription pays the prices in force on the first day of its current annual term, so a price change reaches it at its next renewal.',
      'Each line is rounded to the cent (half up); totals are the sums of the rounded lines.',
    ],
  },

  sources: {
    heading: 'Sources',
    intro: 'Every figure in the calculator comes from one of these. Figures of medium confidence say so where they appear.',
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

  notices: {
    heading: 'Some of what you opened could not be used',
    dismiss: 'Dismiss',
    fields: { v: 'link version', s: 'paid staff and unpaid leaders', vo: 'volunteers', c: 'how you buy', d: 'date of the estimate', r: 'renewal date', co: 'country', l: 'product line', gs: 'grant year start', gu: 'grant credit used so far', gm: 'grant use a month', om: 'Azure in Open use a month', ok: 'credit key', ot: 'alert threshold', theme: 'theme', accent: 'accent colour', sections: 'sections' } as Record<string, string>,
    'unknown-key': (p: { key: string }) => `The link has a setting "${p.key}" this calculator does not know; it was ignored.`,
    'bad-value': (p: { field: string; value: string }) => `The ${p.field} "${p.value}" is not valid; the calculator kept its own value.`,
    'unknown-product': (p: { value: string }) => `There is no product "${p.value}"; that line was left out.`,
    'duplicate-product': (p: { value: string }) => `The product "${p.value}" appeared twice; only the first line was kept.`,
    'too-many-lines': 'The link has more product lines than the calculator takes; the rest were left out.',
    'newer-version': (p: { value: string }) => `This link comes from a newer version of the calculator (v=${p.value}); some settings may have been left out.`,
    'unknown-version': (p: { value: string }) => `This link has an unknown format version "${p.value}"; it was read as the current format.`,
    'storage-discarded': 'Your last calculation saved in this browser could not be read, so the calculator starts afresh.',
    'bad-option': (p: { field: string; value: string }) => `The embed option ${p.field} "${p.value}" is not one the calculator offers; the default is used.`,
  },

};

/** The shape every locale's dictionary has. */
export type Dictionary = typeof en;
