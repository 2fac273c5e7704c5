/** English strings of the "Embed this calculator" panel, which loads only when someone opens it. */
export const enEmbed = {
  intro: 'Put the calculator, with the selection above, on your own site. It sizes itself to its content.',
  theme: 'Colour scheme',
  themes: { auto: "Follow the visitor's setting", light: 'Light', dark: 'Dark' },
  accent: 'Accent colour',
  accents: { blue: 'Blue', green: 'Green', purple: 'Purple', orange: 'Orange', teal: 'Teal' },
  sections: 'Sections to show',
  sectionNames: { organisation: 'Your organisation', products: 'Products', totals: 'Your estimate', change: 'The 1 September 2022 change', projection: 'The next 12 months', azure: 'Azure credit planner' },
  snippet: 'Code for your page (recommended: it sizes itself)',
  iframe: 'Plain iframe alternative (fixed height, scrolls)',
  copy: 'Copy code',
  copyIframe: 'Copy iframe code',
  copied: 'Code copied.',
  preview: 'Preview',
  frameTitle: 'Nonprofit Microsoft Cost Calculator',
};

export type EmbedDictionary = typeof enEmbed;
