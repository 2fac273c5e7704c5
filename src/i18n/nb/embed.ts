/** Norwegian strings of the "Embed this calculator" panel, which loads only when someone opens it. */
import { featuredChange } from '../../data/highlights';
import type { Accent, Section, Theme } from '../../lib';
import { OUTLOOK_MONTHS } from '../../lib/core/limits';
import type { EmbedStrings } from '../parts';
import { count } from './count';
import { changeDate } from './change-date';

export const embed: EmbedStrings = {
  intro: 'Vis kalkulatoren, med valgene ovenfor, på ditt eget nettsted. Den tilpasser høyden til innholdet.',
  language: 'Språket i kalkulatoren',
  theme: 'Fargetema',
  themes: { auto: 'Følg den besøkendes innstilling', light: 'Lyst', dark: 'Mørkt' } satisfies Record<Theme, string>,
  accent: 'Uthevingsfarge',
  accents: { blue: 'Blå', green: 'Grønn', purple: 'Lilla', orange: 'Oransje', teal: 'Blågrønn' } satisfies Record<Accent, string>,
  sections: 'Deler som skal vises',
  sectionNames: {
    organisation: 'Organisasjonen din',
    products: 'Produkter',
    totals: 'Overslaget ditt',
    change: `Endringen ${changeDate(featuredChange.date)}`,
    projection: `De neste ${count(OUTLOOK_MONTHS)} månedene`,
    azure: 'Planlegger for Azure-kreditt',
  } satisfies Record<Section, string>,
  snippet: 'Kode til nettsiden din (anbefales: den tilpasser høyden selv)',
  iframe: 'Enkel iframe i stedet (fast høyde, med rullefelt)',
  copy: 'Kopier koden',
  copyIframe: 'Kopier iframe-koden',
  copied: 'Koden er kopiert.',
  copyFailed: 'Nettleseren lot ikke siden kopiere. Merk koden nedenfor og kopier den:',
  preview: 'Forhåndsvisning',
  frameTitle: 'Microsoft-kostnadskalkulator for ideelle organisasjoner',
};
