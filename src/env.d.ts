/// <reference types="astro/client" />

/** The day the site was built, `YYYY-MM-DD`: the date of the server-rendered default calculation. */
declare const __BUILD_DATE__: string;
