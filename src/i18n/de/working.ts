/** German words of "Show the calculation": one line's money worked out in sentences, from the engine's figures. */
import type { WorkingStrings } from '../parts';
import { count, plural } from './count';

/** People as the subject of "take this product": the verb agrees with the count. */
const peopleTake = (n: number): string => plural(n, { one: 'Person nutzt', other: 'Personen nutzen' });

/** A multiplication as the page writes it; the figures arrive formatted. */
type Times = { seats: number; unit: string; monthly: string; annual: string };

export const working: WorkingStrings = {
  people: (p: { people: number; groups: string }) => `${peopleTake(p.people)} dieses Produkt (${p.groups}).`,
  blocked: (p: { blocked: number }) =>
    `${plural(p.blocked, { one: 'Lizenz davon kann', other: 'Lizenzen davon können' })} hier nicht gekauft werden (siehe den Hinweis bei diesem Produkt); kein Betrag enthält sie.`,
  granted: (p: { granted: number }) => `${plural(p.granted, { one: 'Lizenz ist', other: 'Lizenzen sind' })} kostenlos (Zuschuss).`,
  paid: (p: Times) => `${count(p.seats)} × ${p.unit} = ${p.monthly} im Monat; × 12 = ${p.annual} im Jahr.`,
  nothingPaid: 'Keine Lizenz wird bezahlt.',
  unpriced: (p: { unpriced: number }) =>
    `Für ${plural(p.unpriced, { one: 'Lizenz', other: 'Lizenzen' })} gibt es keinen veröffentlichten Non-Profit-Preis; kein Betrag enthält sie.`,
  surcharge: (p: { percent: string }) => `Die Preise pro Lizenz enthalten den Aufschlag von ${p.percent} für Ihre Laufzeit und Zahlweise.`,
  list: (p: Times) => `Zum Listenpreis: ${count(p.seats)} × ${p.unit} = ${p.monthly} im Monat; × 12 = ${p.annual} im Jahr.`,
  priceDate: (p: { date: string }) => `Preise gültig am ${p.date}.`,
};
