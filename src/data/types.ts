/** Purchase channels the price book distinguishes: direct/CSP, and the Enterprise Agreement. */
export const CHANNELS = ['direct', 'enterprise-agreement'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How sure the sources are about a figure; `medium` figures show their source in the UI. */
export const CONFIDENCES = ['high', 'medium'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** A USD amount written as a decimal string with two places (`'5.50'`), never a float. */
export type MoneyString = string;

/** Where a figure comes from: a seed file under shared/seeds or an external publication. */
export interface Source {
  id: string;
  /** A short name for the source note beside a figure. */
  label: string;
  title: string;
  /** Seed file name or web address, whichever the source is known by. */
  reference: string;
  /** When the source was written or read, as far as known. */
  date?: string;
}

/** One figure with its provenance. */
export interface Figure<T> {
  value: T;
  source: string;
  confidence: Confidence;
}

/** What a nonprofit pays for a product from a date on, in the channels listed. */
export interface NonprofitEntry {
  from: IsoDate;
  channels: readonly Channel[];
  /** Staff seats given free; 0 when there is no grant. */
  grantSeats: Figure<number>;
  /** Discounted price per user per month; null when the sources publish none. */
  price: Figure<MoneyString> | null;
  /** Why the entry exists, in one line for maintainers (not shown to users). */
  note?: string;
}

/** The commercial list price per user per month on an annual commitment, from a date on. */
export interface CommercialEntry {
  from: IsoDate;
  price: Figure<MoneyString>;
  note?: string;
}

/** Product families, in the order the page groups them. */
export const FAMILIES = [
  'm365-business',
  'office-365-enterprise',
  'm365-enterprise',
  'dynamics-365',
  'power-platform',
  'frontline',
] as const;
export type Family = (typeof FAMILIES)[number];

/** A product with its dated nonprofit offers and commercial prices, oldest entry first. */
export interface Product {
  id: string;
  /** Microsoft's product name: a proper noun, the same in every language. */
  name: string;
  family: Family;
  /** Most users one organisation may license; null when the product has no cap. */
  seatCap: Figure<number> | null;
  /** A product with the same core features and no cap, suggested when a line is over the cap. */
  capAlternative?: Figure<string>;
  nonprofit: readonly NonprofitEntry[];
  commercial: readonly CommercialEntry[];
}

/** The whole price book: its sources and products. */
export interface PriceBook {
  sources: readonly Source[];
  products: readonly Product[];
}
