import { enEmbed } from './en-embed';

/** The embed panel's strings in the page's language. */
export const te = enEmbed;
