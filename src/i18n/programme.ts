import { enProgramme } from './en-programme';

/** The programme island's strings in the page's language. */
export const tp = enProgramme;
