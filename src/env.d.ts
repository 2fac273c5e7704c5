/// <reference types="astro/client" />

/** The day the site was built, `YYYY-MM-DD`: the date of the server-rendered default calculation. */
declare const __BUILD_DATE__: string;

declare namespace astroHTML.JSX {
  interface AstroComponentDirectives {
    /** Hydrates on the first interaction, or at once when the server-rendered island may not be the user's (src/hydration/first-input.ts). */
    'client:firstinput'?: import('./hydration/first-input-options').FirstInputOptions;
  }
}
