/** The language switcher's words in Norwegian bokmål (each language's own name is in locales.ts). Server-only. */
export const switcher = {
  label: 'Språk',
};
