/** English strings of the "Embed this calculator" panel, which loads only when someone opens it. */
import { featuredChange } from '../../data/highlights';
import type { Accent, Section, Theme } from '../../lib';
import { OUTLOOK_MONTHS } from '../../lib/core/limits';
import { count } from './count';
import { changeDate } from './change-date';

export const embed = {
  intro: 'Put the calculator, with the selection above, on your own site. It sizes itself to its content.',
  language: 'Language of the calculator',
  theme: 'Colour scheme',
  themes: { auto: "Follow the visitor's setting", light: 'Light', dark: 'Dark' } satisfies Record<Theme, string>,
  accent: 'Accent colour',
  accents: { blue: 'Blue', green: 'Green', purple: 'Purple', orange: 'Orange', teal: 'Teal' } satisfies Record<Accent, string>,
  sections: 'Sections to show',
  sectionNames: {
    organisation: 'Your organisation',
    products: 'Products',
    totals: 'Your estimate',
    change: `The ${changeDate(featuredChange.date)} change`,
    projection: `The next ${count(OUTLOOK_MONTHS)} months`,
    azure: 'Azure credit planner',
  } satisfies Record<Section, string>,
  snippet: 'Code for your page (recommended: it sizes itself)',
  iframe: 'Plain iframe alternative (fixed height, scrolls)',
  copy: 'Copy code',
  copyIframe: 'Copy iframe code',
  copied: 'Code copied.',
  copyFailed: 'Your browser did not let the page copy. Select the link below and copy it:',
  preview: 'Preview',
  frameTitle: 'Nonprofit Microsoft Cost Calculator',
};
