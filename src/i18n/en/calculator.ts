/** English strings of the calculator island: the organisation, the product lines, the estimate, sharing. */
import type { Channel, Family } from '../../data/types';

export const calculator = {
  channels: {
    direct: 'Direct or CSP partner',
    'enterprise-agreement': 'Enterprise Agreement',
  } satisfies Record<Channel, string>,

  families: {
    'm365-business': 'Microsoft 365 for business',
    'office-365-enterprise': 'Office 365 for enterprise',
    'm365-enterprise': 'Microsoft 365 for enterprise',
    'dynamics-365': 'Dynamics 365',
    'power-platform': 'Power Platform',
    frontline: 'Frontline',
  } satisfies Record<Family, string>,

  organisation: {
    heading: 'Your organisation',
    channel: 'How you buy',
    channelHints: {
      direct: 'From Microsoft online or through a Cloud Solution Provider (CSP) partner.',
      'enterprise-agreement': 'A volume agreement for large organisations, signed with Microsoft.',
    } satisfies Record<Channel, string>,
    asOf: 'Date of the estimate',
    asOfHint: 'Prices in force on this day. A new estimate starts from today; an opened one keeps its date until you move it.',
    existing: 'We already have an annual subscription',
    renewal: 'Next renewal date',
    renewalHint: 'Only the month and day matter: price changes reach an existing subscription on that day each year.',
    country: 'Country',
    countryHint: 'Decides which hardware and Azure options you see. Guessed from your browser language, never from your location.',
    countryNone: 'Choose your country',
  },

  products: {
    heading: 'Products',
    unpricedOption: 'no published nonprofit price',
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
    showWorking: 'Show the calculation',
  },

  totals: {
    heading: 'Your estimate',
    nonprofitMonthly: 'Nonprofit cost per month',
    nonprofitAnnual: 'Nonprofit cost per year',
    commercialMonthly: 'Commercial cost per month',
    commercialAnnual: 'Commercial cost per year',
    savingsAnnual: 'Savings per year',
    savingsPercent: 'Saved against list prices',
    grantValueAnnual: 'Value of the granted seats per year',
    pricesOf: (p: { date: string }) => `Prices in force on ${p.date}.`,
    announce: (p: { monthly: string; annual: string; percent: string }) =>
      `Estimate updated: ${p.monthly} a month, ${p.annual} a year, ${p.percent} below list prices.`,
    unpricedSeats: (p: { count: string }) => `${p.count} seats are not priced; see the notes on their lines.`,
  },

  summaryBar: {
    perMonth: 'a month',
    saves: (p: { percent: string }) => `${p.percent} below list prices`,
    more: 'All totals',
    less: 'Close',
  },

  exports: {
    csv: 'Download CSV',
    excel: 'CSV for Excel in your language',
    excelHint: 'The first suits any program; the second opens as it is in a spreadsheet set to this page’s language.',
  },

  /** Opens the indicative amount in the user's own currency, whose words load when it opens. */
  inYourCurrency: 'Also show the totals in your currency',

  share: {
    copy: 'Copy link',
    copied: 'Link copied. Anyone who opens it sees this calculation.',
    copyFailed: 'Your browser did not let the page copy. Select the link below and copy it:',
    linkLabel: 'Link to this calculation',
    poweredBy: 'Powered by the Nonprofit Microsoft Cost Calculator',
    print: 'Print summary',
    estimates: 'Your estimates',
  },
};
