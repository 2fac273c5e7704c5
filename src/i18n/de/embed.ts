/** German strings of the "Embed this calculator" panel, which loads only when someone opens it. */
import { featuredChange } from '../../data/highlights';
import type { Accent, Section, Theme } from '../../lib';
import { OUTLOOK_MONTHS } from '../../lib/core/limits';
import type { EmbedStrings } from '../parts';
import { count } from './count';
import { changeDate } from './change-date';

export const embed: EmbedStrings = {
  intro: 'Binden Sie den Rechner mit der Auswahl oben in Ihre eigene Website ein. Seine Höhe passt sich dem Inhalt an.',
  language: 'Sprache des Rechners',
  theme: 'Farbschema',
  themes: { auto: 'Einstellung der Besucher übernehmen', light: 'Hell', dark: 'Dunkel' } satisfies Record<Theme, string>,
  accent: 'Akzentfarbe',
  accents: { blue: 'Blau', green: 'Grün', purple: 'Lila', orange: 'Orange', teal: 'Petrol' } satisfies Record<Accent, string>,
  sections: 'Angezeigte Bereiche',
  sectionNames: {
    organisation: 'Ihre Organisation',
    products: 'Produkte',
    totals: 'Ihre Kostenschätzung',
    change: `Die Änderung vom ${changeDate(featuredChange.date)}`,
    projection: `Die nächsten ${count(OUTLOOK_MONTHS)} Monate`,
    azure: 'Azure-Guthabenplaner',
  } satisfies Record<Section, string>,
  snippet: 'Code für Ihre Seite (empfohlen: passt seine Höhe selbst an)',
  iframe: 'Alternative als einfacher iframe (feste Höhe, scrollt)',
  copy: 'Code kopieren',
  copyIframe: 'iframe-Code kopieren',
  copied: 'Code kopiert.',
  copyFailed: 'Ihr Browser hat das Kopieren nicht erlaubt. Markieren Sie den Code unten und kopieren Sie ihn selbst:',
  preview: 'Vorschau',
  frameTitle: 'Microsoft-Kostenrechner für gemeinnützige Organisationen',
};
