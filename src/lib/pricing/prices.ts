import type { Channel, CommercialEntry, NonprofitEntry, PriceBook, Product } from '../../data/types';

/** The nonprofit offer in force on a date in a channel: the last entry from on or before it. */
export function nonprofitOfferOn(product: Product, channel: Channel, date: string): NonprofitEntry | undefined {
  let found: NonprofitEntry | undefined;
  for (const entry of product.nonprofit) {
    if (entry.from > date) break;
    if (entry.channels.includes(channel)) found = entry;
  }
  return found;
}

/** The commercial list price entry in force on a date. */
export function commercialPriceOn(product: Product, date: string): CommercialEntry | undefined {
  let found: CommercialEntry | undefined;
  for (const entry of product.commercial) {
    if (entry.from > date) break;
    found = entry;
  }
  return found;
}

/** Products by id and the book's first date, worked out once per book. */
export interface BookIndex {
  byId: ReadonlyMap<string, Product>;
  /** The earliest `from` of any entry: no price is known before it. */
  firstDate: string;
  /** Every date on which some price or grant changes, ascending. */
  changeDates: readonly string[];
}

const indexes = new WeakMap<PriceBook, BookIndex>();

/** The index of a book, cached. */
export function indexBook(book: PriceBook): BookIndex {
  let index = indexes.get(book);
  if (!index) {
    const dates = new Set<string>();
    for (const product of book.products) {
      for (const entry of [...product.nonprofit, ...product.commercial]) dates.add(entry.from);
    }
    const changeDates = [...dates].sort();
    index = {
      byId: new Map(book.products.map((product) => [product.id, product])),
      firstDate: changeDates[0] ?? '9999-12-31',
      changeDates,
    };
    indexes.set(book, index);
  }
  return index;
}
