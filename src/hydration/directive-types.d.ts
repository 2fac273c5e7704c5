import type { FirstInputOptions } from './first-input-options';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates on the first interaction, or at once when the server-rendered island may not be the user's (first-input.ts). */
    'client:firstinput'?: FirstInputOptions;
  }
}
