/** Norwegian strings of the calculator island: the organisation, the product lines, the estimate, sharing. */
import type { Channel, Family } from '../../data/types';
import type { CalculatorStrings } from '../parts';

export const calculator: CalculatorStrings = {
  // The channel names of Microsoft's Norwegian FAQ: "Foretaksavtale", "Leverandør av skyløsninger (CSP)".
  channels: {
    direct: 'Direkte eller via en CSP-partner',
    'enterprise-agreement': 'Foretaksavtale (Enterprise Agreement)',
  } satisfies Record<Channel, string>,

  // Microsoft's family names, as Microsoft's Norwegian pages write them.
  families: {
    'm365-business': 'Microsoft 365 for bedrifter',
    'office-365-enterprise': 'Office 365 Enterprise',
    'm365-enterprise': 'Microsoft 365 Enterprise',
    'dynamics-365': 'Dynamics 365',
    'power-platform': 'Power Platform',
    frontline: 'Frontline',
  } satisfies Record<Family, string>,

  organisation: {
    heading: 'Organisasjonen din',
    channel: 'Slik kjøper dere',
    channelHints: {
      direct: 'Fra Microsoft på nett eller gjennom en partner som er Leverandør av skyløsninger (CSP).',
      'enterprise-agreement': 'En volumavtale for store organisasjoner, inngått direkte med Microsoft.',
    } satisfies Record<Channel, string>,
    asOf: 'Dato for overslaget',
    asOfHint: 'Prisene som gjelder denne dagen. Et nytt overslag starter fra i dag; et åpnet overslag beholder datoen sin til du endrer den.',
    existing: 'Vi har allerede et årsabonnement',
    renewal: 'Neste fornyelse',
    renewalHint: 'Bare dag og måned teller: et eksisterende abonnement får prisendringer på den dagen hvert år.',
    country: 'Land',
    countryHint: 'Avgjør hvilke tilbud på maskinvare og Azure du ser. Gjettes ut fra språket i nettleseren din, aldri ut fra hvor du er.',
    countryNone: 'Velg land',
  },

  products: {
    heading: 'Produkter',
    unpricedOption: 'ingen publisert pris for ideelle organisasjoner',
  },

  line: {
    granted: 'Bevilget (gratis)',
    paid: 'Betalte lisenser',
    unpriced: 'Uten pris',
    unitPrice: 'Pris for ideelle organisasjoner per bruker per måned',
    monthly: 'Per måned',
    yearly: 'Per år',
    commercial: 'Kommersiell pris',
    commercialCost: (p: { unit: string; monthly: string }) => `${p.unit} per bruker, ${p.monthly} per måned`,
    savings: 'Dere sparer',
    savingsValue: (p: { monthly: string; percent: string }) => `${p.monthly} per måned (${p.percent})`,
    showWorking: 'Vis utregningen',
  },

  totals: {
    heading: 'Overslaget ditt',
    nonprofitMonthly: 'Kostnad per måned som ideell organisasjon',
    nonprofitAnnual: 'Kostnad per år som ideell organisasjon',
    commercialMonthly: 'Kostnad per måned til kommersiell pris',
    commercialAnnual: 'Kostnad per år til kommersiell pris',
    savingsAnnual: 'Besparelse per år',
    savingsPercent: 'Spart i forhold til listepris',
    grantValueAnnual: 'Verdien av de bevilgede lisensene per år',
    pricesOf: (p: { date: string }) => `Priser som gjelder ${p.date}.`,
    announce: (p: { monthly: string; annual: string; percent: string }) =>
      `Overslaget er oppdatert: ${p.monthly} per måned, ${p.annual} per år, ${p.percent} under listepris.`,
    unpricedSeats: (p: { count: string }) => `Lisenser uten pris: ${p.count}. Se merknadene på linjene deres.`,
  },

  summaryBar: {
    perMonth: 'per måned',
    saves: (p: { percent: string }) => `${p.percent} under listepris`,
    more: 'Alle summer',
    less: 'Lukk',
  },

  // The Excel file is written the way a spreadsheet set to Norwegian reads it.
  exports: {
    csv: 'Last ned CSV',
    excel: 'CSV for Excel på norsk',
    excelHint: 'Den første passer i alle programmer; den andre åpnes riktig i et regneark som er satt opp på norsk.',
  },

  /** Opens the indicative amount in the user's own currency, whose words load when it opens. */
  inYourCurrency: 'Vis også totalene i din valuta',

  share: {
    copy: 'Kopier lenke',
    copied: 'Lenken er kopiert. Alle som åpner den, ser denne beregningen.',
    copyFailed: 'Nettleseren lot ikke siden kopiere. Merk lenken nedenfor og kopier den:',
    linkLabel: 'Lenke til denne beregningen',
    poweredBy: 'Laget med Microsoft-kostnadskalkulatoren for ideelle organisasjoner',
    print: 'Skriv ut sammendrag',
    estimates: 'Overslagene dine',
  },
};
