/** English words of "Show the calculation": one line's money worked out in sentences, from the engine's figures. */
import { count, plural } from './count';

const people = (n: number): string => plural(n, { one: 'person', other: 'people' });

/** A multiplication as the page writes it; the figures arrive formatted. */
type Times = { seats: number; unit: string; monthly: string; annual: string };

export const working = {
  people: (p: { people: number; groups: string }) => `${people(p.people)} take this product (${p.groups}).`,
  blocked: (p: { blocked: number }) => `${count(p.blocked)} of them cannot be bought here (see the note on this product) and are in no amount.`,
  granted: (p: { granted: number }) => `${count(p.granted)} ${p.granted === 1 ? 'seat is' : 'seats are'} granted free.`,
  paid: (p: Times) => `${count(p.seats)} × ${p.unit} = ${p.monthly} a month; × 12 = ${p.annual} a year.`,
  nothingPaid: 'No seat is paid for.',
  unpriced: (p: { unpriced: number }) => `${count(p.unpriced)} ${p.unpriced === 1 ? 'seat has' : 'seats have'} no published nonprofit price and ${p.unpriced === 1 ? 'is' : 'are'} in no amount.`,
  surcharge: (p: { percent: string }) => `The unit prices include the ${p.percent} your billing term adds.`,
  list: (p: Times) => `At list price: ${count(p.seats)} × ${p.unit} = ${p.monthly} a month; × 12 = ${p.annual} a year.`,
  priceDate: (p: { date: string }) => `Prices in force on ${p.date}.`,
};
