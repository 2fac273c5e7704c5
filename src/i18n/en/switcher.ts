/** The language switcher's words in English (each language's own name is in locales.ts). Server-only. */
export const switcher = {
  label: 'Language',
};
