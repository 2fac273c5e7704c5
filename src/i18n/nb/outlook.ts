/** Norwegian strings of the outlook island: the featured price change panel and the next 12 months. */
import { featuredChange } from '../../data/highlights';
import { OUTLOOK_MONTHS } from '../../lib/core/limits';
import type { OutlookStrings } from '../parts';
import { count } from './count';
import { changeDate } from './change-date';

const changeDay = changeDate(featuredChange.date);
const months = count(OUTLOOK_MONTHS);

export const outlook: OutlookStrings = {
  change: {
    heading: `Dette endret seg ${changeDay}`,
    intro: `Microsoft økte flere av prisene for ideelle organisasjoner ${changeDay}. Slik ble valgene dine priset dagen før og på selve dagen:`,
    product: 'Produkt',
    /** The column of the day before the change, `date` as `YYYY-MM-DD`. */
    before: (p: { date: string }) => `Før (${changeDate(p.date, 'short')})`,
    /** The column of the change's own day, `date` as `YYYY-MM-DD`. */
    after: (p: { date: string }) => `Fra ${changeDate(p.date, 'short')}`,
    difference: 'Endring per måned',
    total: 'Sum per måned',
    perYear: (p: { amount: string }) => `Det utgjør ${p.amount} per år.`,
    reachesExisting: (p: { date: string }) => `Abonnementet deres får de nye prisene ved fornyelsen ${p.date}.`,
    reachesNew: `Et kjøp gjort ${changeDay} eller senere betaler de nye prisene fra start.`,
    noEffect: 'Endringen påvirker ikke prisene på produktene du har valgt.',
    laterHeading: 'Senere endringer som gjelder valgene dine',
    laterItem: (p: { date: string }) => `Endring ${p.date}`,
    laterReaches: (p: { date: string }) => `Abonnementet deres får den ${p.date}.`,
    grantChange: (p: { product: string; before: string; after: string }) => `${p.product}: bevilgede lisenser ${p.before} → ${p.after}`,
    priceChange: (p: { product: string; before: string; after: string }) => `${p.product}: pris for ideelle organisasjoner ${p.before} → ${p.after}`,
    listChange: (p: { product: string; before: string; after: string }) => `${p.product}: kommersiell listepris ${p.before} → ${p.after}`,
    noLater: 'Ingen senere, datert endring påvirker produktene du har valgt.',
  },

  money: {
    heading: 'Hva hver datert endring betyr i penger',
    intro: 'Hva hver endring i prislisten betyr for organisasjonen slik du har beskrevet den: per måned og per år, og fra når den gjelder for dere.',
    item: (p: { date: string }) => `Endring ${p.date}`,
    difference: (p: { monthly: string; annual: string }) => `Regningen deres: ${p.monthly} per måned, ${p.annual} per år.`,
    reaches: (p: { date: string }) => `Den gjelder for dere fra ${p.date}.`,
    reached: (p: { date: string }) => `Den har gjeldt for dere siden ${p.date}.`,
    billUnchanged: 'Regningen deres endres ikke; det er listeprisen dere sammenlignes med, som stiger.',
    listMoves: (p: { monthly: string }) => `Listeprisen dere sammenlignes med, endres med ${p.monthly} per måned.`,
    none: 'Ingen datert endring påvirker beløpene for gruppene du har beskrevet.',
  },

  projection: {
    heading: `De neste ${months} månedene`,
    summary: (p: { nonprofit: string; commercial: string }) => `Over ${months} måneder betaler dere ${p.nonprofit}, mot ${p.commercial} til listepris.`,
    chartLabel: `Månedlig kostnad som ideell organisasjon mot kommersiell kostnad de neste ${months} månedene`,
    nonprofit: 'Kostnad som ideell organisasjon',
    commercial: 'Kommersiell kostnad',
    renewal: 'Fornyelse: nye priser',
    tableToggle: 'Vis tallene som tabell',
    month: 'Måned',
    switchNote: (p: { date: string; before: string; after: string }) => `Ved fornyelsen ${p.date} går den månedlige kostnaden fra ${p.before} til ${p.after}.`,
  },
};
