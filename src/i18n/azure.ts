import { enAzure } from './en-azure';

/** The Azure planner's strings in the page's language. */
export const ta = enAzure;
