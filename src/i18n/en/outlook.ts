/** English strings of the outlook island: the featured price change panel and the next 12 months. */
import { featuredChange } from '../../data/highlights';
import { OUTLOOK_MONTHS } from '../../lib/core/limits';
import { count } from './count';
import { changeDate } from './change-date';

const changeDay = changeDate(featuredChange.date);
const months = count(OUTLOOK_MONTHS);

export const outlook = {
  change: {
    heading: `What changed on ${changeDay}`,
    intro: `Microsoft raised several nonprofit prices on ${changeDay}. Your selection the day before and on the day:`,
    product: 'Product',
    /** The column of the day before the change, `date` as `YYYY-MM-DD`. */
    before: (p: { date: string }) => `Before (${changeDate(p.date, 'short')})`,
    /** The column of the change's own day, `date` as `YYYY-MM-DD`. */
    after: (p: { date: string }) => `From ${changeDate(p.date, 'short')}`,
    difference: 'Change per month',
    total: 'Total per month',
    perYear: (p: { amount: string }) => `That is ${p.amount} a year.`,
    reachesExisting: (p: { date: string }) => `Your subscription gets the new prices at its renewal on ${p.date}.`,
    reachesNew: `A purchase made on or after ${changeDay} pays the new prices from the start.`,
    noEffect: 'The change does not alter the prices of the products you chose.',
    laterHeading: 'Later changes that affect your selection',
    laterItem: (p: { date: string }) => `Change on ${p.date}`,
    laterReaches: (p: { date: string }) => `It reaches your subscription on ${p.date}.`,
    grantChange: (p: { product: string; before: string; after: string }) => `${p.product}: granted seats ${p.before} → ${p.after}`,
    priceChange: (p: { product: string; before: string; after: string }) => `${p.product}: nonprofit price ${p.before} → ${p.after}`,
    listChange: (p: { product: string; before: string; after: string }) => `${p.product}: commercial list price ${p.before} → ${p.after}`,
    noLater: 'No later dated change alters the products you chose.',
  },

  money: {
    heading: 'Every dated change, in money',
    intro: 'What each change in the price book does to your organisation as you described it: a month and a year, and when it reaches you.',
    item: (p: { date: string }) => `Change on ${p.date}`,
    difference: (p: { monthly: string; annual: string }) => `Your bill: ${p.monthly} a month, ${p.annual} a year.`,
    reaches: (p: { date: string }) => `It reaches you on ${p.date}.`,
    reached: (p: { date: string }) => `It reached you on ${p.date}.`,
    billUnchanged: 'Your bill does not change; the list price you are compared against rises.',
    listMoves: (p: { monthly: string }) => `The list price you are compared against moves by ${p.monthly} a month.`,
    none: 'No dated change alters the money for the groups you described.',
  },

  projection: {
    heading: `The next ${months} months`,
    summary: (p: { nonprofit: string; commercial: string }) => `Over ${months} months you pay ${p.nonprofit}, against ${p.commercial} at list prices.`,
    chartLabel: `Monthly nonprofit cost against commercial cost for the next ${months} months`,
    nonprofit: 'Nonprofit cost',
    commercial: 'Commercial cost',
    renewal: 'Renewal: new prices',
    tableToggle: 'Show the figures as a table',
    month: 'Month',
    switchNote: (p: { date: string; before: string; after: string }) => `At the renewal on ${p.date} the monthly cost goes from ${p.before} to ${p.after}.`,
  },
};
