/** English words of the exported estimate (CSV): column headings, the totals row, the file's name. */
import type { EstimateColumn } from '../../lib/pricing/estimate-table';

export const csv = {
  headings: {
    groups: 'Groups',
    product: 'Product',
    seats: 'Seats',
    blocked: 'Seats that cannot be bought',
    granted: 'Granted seats (free)',
    paid: 'Paid seats',
    unpriced: 'Seats without a nonprofit price',
    nonprofitUnit: 'Nonprofit price per user a month (USD)',
    listUnit: 'List price per user a month (USD)',
    nonprofitMonthly: 'Nonprofit cost a month (USD)',
    nonprofitAnnual: 'Nonprofit cost a year (USD)',
    listMonthly: 'List-price cost a month (USD)',
    listAnnual: 'List-price cost a year (USD)',
    savingsMonthly: 'Savings a month (USD)',
    savingsAnnual: 'Savings a year (USD)',
    grantValueAnnual: 'Value of granted seats a year (USD)',
    priceDate: 'Prices in force on',
    term: 'Billing term',
    nonprofitSource: 'Source of the nonprofit price',
    listSource: 'Source of the list price',
  } satisfies Record<EstimateColumn, string>,
  total: 'Total',
  /** The user's own conversion at their rate: never Microsoft's price. */
  converted: {
    monthly: (p: { currency: string }) => `Nonprofit cost a month (${p.currency} at your rate, an estimate)`,
    annual: (p: { currency: string }) => `Nonprofit cost a year (${p.currency} at your rate, an estimate)`,
  },
  failed: 'There is no estimate to export yet: fix the fields marked above first.',
  /** The downloaded file's name, without `.csv`. */
  fileName: (p: { date: string }) => `microsoft-nonprofit-estimate-${p.date}`,
};
