/** Norwegian words of the exported estimate (CSV): column headings, the totals row, the file's name. */
import type { EstimateColumn } from '../../lib/pricing/estimate-table';
import type { CsvStrings } from '../parts';

export const csv: CsvStrings = {
  headings: {
    groups: 'Grupper',
    product: 'Produkt',
    seats: 'Lisenser',
    blocked: 'Lisenser som ikke kan kjøpes',
    granted: 'Bevilgede lisenser (gratis)',
    paid: 'Betalte lisenser',
    unpriced: 'Lisenser uten pris for ideelle organisasjoner',
    nonprofitUnit: 'Pris for ideelle organisasjoner per bruker per måned (USD)',
    listUnit: 'Listepris per bruker per måned (USD)',
    nonprofitMonthly: 'Kostnad per måned som ideell organisasjon (USD)',
    nonprofitAnnual: 'Kostnad per år som ideell organisasjon (USD)',
    listMonthly: 'Kostnad per måned til listepris (USD)',
    listAnnual: 'Kostnad per år til listepris (USD)',
    savingsMonthly: 'Besparelse per måned (USD)',
    savingsAnnual: 'Besparelse per år (USD)',
    grantValueAnnual: 'Verdien av de bevilgede lisensene per år (USD)',
    priceDate: 'Priser som gjelder',
    term: 'Abonnementsform',
    nonprofitSource: 'Kilde for prisen for ideelle organisasjoner',
    listSource: 'Kilde for listeprisen',
  } satisfies Record<EstimateColumn, string>,
  total: 'Sum',
  /** The user's own conversion at their rate: never Microsoft's price. */
  converted: {
    monthly: (p: { currency: string }) => `Kostnad per måned som ideell organisasjon (${p.currency} etter din kurs, et anslag)`,
    annual: (p: { currency: string }) => `Kostnad per år som ideell organisasjon (${p.currency} etter din kurs, et anslag)`,
  },
  failed: 'Det finnes ikke noe overslag å eksportere ennå: rett først feltene som er merket ovenfor.',
  /** The downloaded file's name, without `.csv`: no letters outside a–z, so every system keeps it. */
  fileName: (p: { date: string }) => `kostnadsoverslag-microsoft-for-ideelle-${p.date}`,
};
