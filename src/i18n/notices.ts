import { enNotices } from './en-notices';

/** The notices' strings in the page's language. */
export const tn = enNotices;
