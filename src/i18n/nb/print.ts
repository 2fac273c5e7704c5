/** Norwegian strings of the one-page summary for print or PDF, loaded when it is first needed. */
import type { PrintStrings } from '../parts';
import { sourceWords } from './sources';

export const print: PrintStrings = {
  heading: 'Microsofts tilbud til ideelle organisasjoner: kostnadsoverslag',
  prepared: (p: { date: string }) => `Laget ${p.date} med Microsoft-kostnadskalkulatoren for ideelle organisasjoner.`,
  scenario: (p: { name: string; place: string; count: string }) => `Denne siden viser scenario ${p.place} av ${p.count}: «${p.name}». Adressen nederst åpner alle scenarioene.`,
  organisation: {
    heading: 'Organisasjonen',
    channel: 'Slik kjøper dere',
    term: 'Abonnementsform',
    priceDate: 'Priser per',
    renewal: 'Neste fornyelse',
    newPurchase: 'Et nytt kjøp',
  },
  groups: {
    caption: 'Grupper av personer og programseriene deres',
    group: 'Gruppe',
    people: 'Personer',
    grants: 'Kan få bevilgninger',
    suite: 'Programserie',
    addOns: 'Tillegg',
    yes: 'Ja',
    no: 'Nei',
    none: 'Ingen',
    noSuite: 'Ingen programserie valgt',
  },
  products: {
    caption: 'Kostnad per produkt',
    product: 'Produkt',
    seats: 'Lisenser',
    granted: 'Bevilget gratis',
    unitPrice: 'Enhetspris per måned',
    monthly: 'Per måned',
    yearly: 'Per år',
    total: 'Sum',
    none: 'Ingen produkter ennå.',
    notPriced: 'Uten pris',
  },
  totals: {
    heading: 'Summer',
    /** The user's own conversion: display only, never Microsoft's price. */
    converted: (p: { currency: string; rate: string; monthly: string; annual: string }) =>
      `Etter din egen kurs på ${p.rate} ${p.currency} per amerikansk dollar: omtrent ${p.monthly} per måned, ${p.annual} per år (et anslag etter din kurs; Microsoft publiserer ingen priser for ideelle organisasjoner i ${p.currency} og fakturerer i sin egen valuta).`,
  },
  changes: {
    heading: 'Daterte endringer framover',
    none: 'Ingen datert endring framover påvirker dette overslaget.',
    item: (p: { date: string; reaches: string; monthly: string; annual: string }) =>
      `${p.date} (gjelder for dere fra ${p.reaches}): ${p.monthly} per måned, ${p.annual} per år.`,
    listOnly: (p: { date: string; reaches: string }) =>
      `${p.date} (gjelder for dere fra ${p.reaches}): bare listeprisene endres; regningen deres blir den samme.`,
  },
  sources: {
    heading: 'Kilder',
    noAddress: sourceWords.noAddress,
    edition: sourceWords.edition,
    maintainedBy: sourceWords.maintainedBy,
  },
  link: {
    heading: 'Åpne dette overslaget igjen',
    intro: 'Denne adressen åpner kalkulatoren med nøyaktig dette overslaget:',
  },
};
