/** German words of the exported estimate (CSV): column headings, the totals row, the file's name. */
import type { EstimateColumn } from '../../lib/pricing/estimate-table';
import type { CsvStrings } from '../parts';

export const csv: CsvStrings = {
  // Amounts stay in US dollars, as Microsoft publishes them; the ISO code names the currency in a spreadsheet.
  headings: {
    groups: 'Gruppen',
    product: 'Produkt',
    seats: 'Lizenzen',
    blocked: 'Nicht kaufbare Lizenzen',
    granted: 'Kostenlose Lizenzen (Zuschuss)',
    paid: 'Bezahlte Lizenzen',
    unpriced: 'Lizenzen ohne Non-Profit-Preis',
    nonprofitUnit: 'Non-Profit-Preis pro Benutzer und Monat (USD)',
    listUnit: 'Listenpreis pro Benutzer und Monat (USD)',
    nonprofitMonthly: 'Kosten zu Non-Profit-Preisen pro Monat (USD)',
    nonprofitAnnual: 'Kosten zu Non-Profit-Preisen pro Jahr (USD)',
    listMonthly: 'Kosten zu Listenpreisen pro Monat (USD)',
    listAnnual: 'Kosten zu Listenpreisen pro Jahr (USD)',
    savingsMonthly: 'Ersparnis pro Monat (USD)',
    savingsAnnual: 'Ersparnis pro Jahr (USD)',
    grantValueAnnual: 'Wert der kostenlosen Lizenzen pro Jahr (USD)',
    priceDate: 'Preise gültig am',
    term: 'Laufzeit und Zahlweise',
    nonprofitSource: 'Quelle des Non-Profit-Preises',
    listSource: 'Quelle des Listenpreises',
  } satisfies Record<EstimateColumn, string>,
  total: 'Summe',
  /** The user's own conversion at their rate: never Microsoft's price. */
  converted: {
    monthly: (p: { currency: string }) => `Kosten zu Non-Profit-Preisen pro Monat (${p.currency} zu Ihrem Kurs, geschätzt)`,
    annual: (p: { currency: string }) => `Kosten zu Non-Profit-Preisen pro Jahr (${p.currency} zu Ihrem Kurs, geschätzt)`,
  },
  failed: 'Es gibt noch keine Schätzung zum Exportieren: Korrigieren Sie zuerst die oben markierten Felder.',
  /** The downloaded file's name, without `.csv`: plain ASCII, so every system keeps it. */
  fileName: (p: { date: string }) => `microsoft-non-profit-schaetzung-${p.date}`,
};
