import { enOutlook } from './en-outlook';

/** The outlook island's strings in the page's language. */
export const to = enOutlook;
