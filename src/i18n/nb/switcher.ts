/** The language switcher's words in Norwegian bokmål (each language's own name is in locales.ts). Server-only. */
import type { SwitcherStrings } from '../parts';

export const switcher: SwitcherStrings = {
  label: 'Språk',
};
