/** English strings of the one-page summary for print or PDF, loaded when it is first needed. */
import { sourceWords } from './sources';

export const print = {
  heading: 'Microsoft nonprofit offers: cost estimate',
  prepared: (p: { date: string }) => `Prepared on ${p.date} with the Nonprofit Microsoft Cost Calculator.`,
  /** Under the heading when the estimate holds several scenarios: which one this page prints. */
  scenario: (p: { name: string; place: string; count: string }) => `This page shows scenario ${p.place} of ${p.count}: “${p.name}”. The address at the end opens every scenario.`,
  organisation: {
    heading: 'The organisation',
    channel: 'How you buy',
    term: 'Billing term',
    priceDate: 'Prices in force on',
    renewal: 'Next renewal',
    newPurchase: 'A new purchase',
  },
  groups: {
    caption: 'Groups of people and their suites',
    group: 'Group',
    people: 'People',
    grants: 'May receive grants',
    suite: 'Suite',
    addOns: 'Add-ons',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    noSuite: 'No suite chosen',
  },
  products: {
    caption: 'Cost per product',
    product: 'Product',
    seats: 'Seats',
    granted: 'Granted free',
    unitPrice: 'Unit price a month',
    monthly: 'A month',
    yearly: 'A year',
    total: 'Total',
    none: 'No product yet.',
    notPriced: 'Not priced',
  },
  totals: {
    heading: 'Totals',
    /** The user's own conversion: display only, never Microsoft's price. */
    converted: (p: { currency: string; rate: string; monthly: string; annual: string }) =>
      `At your own rate of ${p.rate} ${p.currency} to the US dollar: about ${p.monthly} a month, ${p.annual} a year (an estimate at your rate; Microsoft publishes no nonprofit prices in ${p.currency}, and bills in its own currency).`,
  },
  changes: {
    heading: 'Dated changes ahead',
    none: 'No dated change ahead alters this estimate.',
    item: (p: { date: string; reaches: string; monthly: string; annual: string }) =>
      `${p.date} (reaches you on ${p.reaches}): ${p.monthly} a month, ${p.annual} a year.`,
    listOnly: (p: { date: string; reaches: string }) =>
      `${p.date} (reaches you on ${p.reaches}): only the list prices move; your bill does not change.`,
  },
  sources: {
    heading: 'Sources',
    noAddress: sourceWords.noAddress,
    edition: sourceWords.edition,
    maintainedBy: sourceWords.maintainedBy,
  },
  link: {
    heading: 'Reopen this estimate',
    intro: 'This address opens the calculator with exactly this estimate:',
  },
};
