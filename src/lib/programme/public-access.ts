import { publicAccessRemovals, techSoup } from '../../data/programme';

/** The public-access software on a date: the FAQ's list less every product removed on or before it. */
export function publicAccessOn(date: string): string[] {
  const removed = new Set(publicAccessRemovals.filter((removal) => removal.from <= date).map((removal) => removal.product.value));
  return techSoup.publicAccess.value.filter((product) => !removed.has(product));
}
