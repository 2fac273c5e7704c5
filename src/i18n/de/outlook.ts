/** German strings of the outlook island: the featured price change panel and the next 12 months. */
import { featuredChange } from '../../data/highlights';
import { OUTLOOK_MONTHS } from '../../lib/core/limits';
import type { OutlookStrings } from '../parts';
import { count } from './count';
import { changeDate } from './change-date';

const changeDay = changeDate(featuredChange.date);
const months = count(OUTLOOK_MONTHS);

export const outlook: OutlookStrings = {
  change: {
    heading: `Was sich am ${changeDay} geändert hat`,
    intro: `Microsoft hat am ${changeDay} mehrere Non-Profit-Preise erhöht. Ihre Auswahl am Tag davor und am Tag selbst:`,
    product: 'Produkt',
    /** The column of the day before the change, `date` as `YYYY-MM-DD`. */
    before: (p: { date: string }) => `Vorher (${changeDate(p.date, 'short')})`,
    /** The column of the change's own day, `date` as `YYYY-MM-DD`. */
    after: (p: { date: string }) => `Ab ${changeDate(p.date, 'short')}`,
    difference: 'Änderung pro Monat',
    total: 'Summe pro Monat',
    perYear: (p: { amount: string }) => `Das sind ${p.amount} im Jahr.`,
    reachesExisting: (p: { date: string }) => `Ihr Abonnement erhält die neuen Preise bei seiner Verlängerung am ${p.date}.`,
    reachesNew: `Wer am ${changeDay} oder später kauft, zahlt von Anfang an die neuen Preise.`,
    noEffect: 'Die Änderung betrifft die Preise der gewählten Produkte nicht.',
    laterHeading: 'Spätere Änderungen, die Ihre Auswahl betreffen',
    laterItem: (p: { date: string }) => `Änderung am ${p.date}`,
    laterReaches: (p: { date: string }) => `Die Änderung erreicht Ihr Abonnement am ${p.date}.`,
    grantChange: (p: { product: string; before: string; after: string }) => `${p.product}: kostenlose Lizenzen ${p.before} → ${p.after}`,
    priceChange: (p: { product: string; before: string; after: string }) => `${p.product}: Non-Profit-Preis ${p.before} → ${p.after}`,
    listChange: (p: { product: string; before: string; after: string }) => `${p.product}: Listenpreis ${p.before} → ${p.after}`,
    noLater: 'Keine spätere Änderung betrifft die gewählten Produkte.',
  },

  money: {
    heading: 'Was jede Preisänderung kostet',
    intro: 'Was jede Änderung der Preisliste für Ihre Organisation, so wie Sie sie beschrieben haben, bedeutet: pro Monat und pro Jahr, und ab wann sie für Sie gilt.',
    item: (p: { date: string }) => `Änderung am ${p.date}`,
    difference: (p: { monthly: string; annual: string }) => `Ihre Rechnung: ${p.monthly} im Monat, ${p.annual} im Jahr.`,
    reaches: (p: { date: string }) => `Die Änderung gilt für Sie ab dem ${p.date}.`,
    reached: (p: { date: string }) => `Die Änderung gilt für Sie seit dem ${p.date}.`,
    billUnchanged: 'Ihre Rechnung ändert sich nicht; nur der Listenpreis, mit dem verglichen wird, steigt.',
    listMoves: (p: { monthly: string }) => `Der Listenpreis, mit dem verglichen wird, ändert sich um ${p.monthly} im Monat.`,
    none: 'Keine Preisänderung verändert die Kosten der Gruppen, die Sie beschrieben haben.',
  },

  projection: {
    heading: `Die nächsten ${months} Monate`,
    summary: (p: { nonprofit: string; commercial: string }) => `In den nächsten ${months} Monaten zahlen Sie insgesamt ${p.nonprofit}; zu Listenpreisen wären es ${p.commercial}.`,
    chartLabel: `Monatliche Kosten zu Non-Profit-Preisen und zu Listenpreisen in den nächsten ${months} Monaten`,
    nonprofit: 'Kosten zu Non-Profit-Preisen',
    commercial: 'Kosten zu Listenpreisen',
    renewal: 'Verlängerung: neue Preise',
    tableToggle: 'Zahlen als Tabelle zeigen',
    month: 'Monat',
    switchNote: (p: { date: string; before: string; after: string }) =>
      `Mit der Verlängerung am ${p.date} ändern sich die monatlichen Kosten von ${p.before} auf ${p.after}.`,
  },
};
