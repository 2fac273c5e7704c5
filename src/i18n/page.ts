import { enPage } from './en-page';

/** The server-rendered page's strings in its language. */
export const tpage = enPage;
