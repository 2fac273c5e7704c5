/** Purchase channels the price book distinguishes: direct/CSP, and the Enterprise Agreement. */
export const CHANNELS = ['direct', 'enterprise-agreement'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How sure the sources are about a figure, surest first; the page marks `low` figures as unconfirmed. */
export const CONFIDENCES = ['high', 'medium-high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Why a figure is less than certain, as a code the page turns into words beside the figure. */
export const CAVEATS = [
  /** The figure rests on no public document found (Microsoft 365 E5 at $22.80). */
  'no-public-source',
  /** Worked out from a stated discount rather than published as a price. */
  'derived-from-discount',
  /** No source says whether this applies to nonprofit prices. */
  'nonprofit-application-unstated',
  /** No source confirms this grant in this channel after the change. */
  'grant-in-channel-unconfirmed',
  /** How the free nonprofit licences work once the plan is no longer sold is not published. */
  'grant-after-end-of-sale-unpublished',
] as const;
export type Caveat = (typeof CAVEATS)[number];

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** A USD amount written as a decimal string with two places (`'5.50'`), never a float. */
export type MoneyString = string;

/** Why a source has no public address, as a code the page turns into words. */
export const NO_ADDRESS_REASONS = ['not-published', 'withdrawn'] as const;
export type NoAddressReason = (typeof NO_ADDRESS_REASONS)[number];

/** What kind of document a source is: the page says it beside the source's confidence. */
export const SOURCE_BASES = [
  'microsoft', 'microsoft-old', 'partner', 'advisor', 'news', 'news-quoting-microsoft', 'community', 'charity', 'blog', 'programme-partner', 'standard',
] as const;
export type SourceBasis = (typeof SOURCE_BASES)[number];

/**
 * A public document a figure comes from, as the islands show it beside a figure: a short label
 * linking to its address. The details are optional here because the browser's book
 * (pricing-book.ts) leaves them out; the whole book (index.ts) fills them in from
 * source-details.ts, and its checks require them.
 */
export interface Source extends Partial<SourceDetails> {
  id: string;
  /** A short name for the source note beside a figure. */
  label: string;
  /** The document's public address; null only when it has none, and then `noAddress` says why. */
  url: string | null;
  noAddress?: NoAddressReason;
}

/** A language edition of a multilingual site's page (Microsoft's Norwegian pages). */
export type SourceEdition = 'nb';

/** What only the Sources list and the printed summary show of a source (never the up-front bundle). */
export interface SourceDetails {
  /** The document's own title. */
  title: string;
  /** The language edition, for a page a multilingual site publishes in several: the page names it in its own language. */
  edition?: SourceEdition;
  publisher: string;
  /** Who keeps the document up to date for its publisher, when that is someone else. */
  maintainer?: string;
  /**
   * The document's own date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `from/to` when only bounds are
   * known): when it was written, never when a figure in it took effect (that is an entry's `from`).
   */
  date: string;
  /** How far the document can be trusted, and why (`basis`); a figure keeps its own confidence too. */
  confidence: Confidence;
  basis: SourceBasis;
}

/** One figure with its provenance. */
export interface Figure<T> {
  value: T;
  source: string;
  confidence: Confidence;
  /** Further sources that state the same figure. */
  seeAlso?: readonly string[];
  /** What is uncertain about the figure, when something is. */
  caveat?: Caveat;
}

/** Who may buy a nonprofit offer: everyone, or only customers renewing an existing subscription. */
export type Sale = 'open' | 'renewals-only';

/**
 * What a nonprofit pays for a product from a date on, in the channels listed. Why an entry exists
 * goes in a comment above it, not in a field: the book ships to the browser, maintainers' notes never do.
 */
export interface NonprofitEntry {
  from: IsoDate;
  channels: readonly Channel[];
  /** Staff seats given free; 0 when there is no grant. */
  grantSeats: Figure<number>;
  /** Discounted price per user per month; null when the sources publish none. */
  price: Figure<MoneyString> | null;
  /** `renewals-only` from an end of sale: new customers cannot buy it in these channels. Absent: open. */
  sale?: Figure<Sale>;
}

/** The commercial list price per user per month on an annual commitment, from a date on. */
export interface CommercialEntry {
  from: IsoDate;
  price: Figure<MoneyString>;
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

/** A suite licenses a person for productivity (one per person); an add-on comes on top of it. */
export const PRODUCT_KINDS = ['suite', 'add-on'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** A product with its dated nonprofit offers and commercial prices, oldest entry first. */
export interface Product {
  id: string;
  /** Microsoft's product name: a proper noun, the same in every language. */
  name: string;
  family: Family;
  kind: ProductKind;
  /** Most users one organisation may license; null when the product has no cap. */
  seatCap: Figure<number> | null;
  /** The id of a cap this product shares with others in one tenant (the Business family's 300). */
  tenantCap?: string;
  /** A product with the same core features and no cap, suggested when a line is over the cap. */
  capAlternative?: Figure<string>;
  nonprofit: readonly NonprofitEntry[];
  commercial: readonly CommercialEntry[];
}

/** A cap on seats across several products together in one tenant. */
export interface TenantCap {
  id: string;
  seats: Figure<number>;
}

/** How an estimate is billed: the annual commitment paid yearly is the base price. */
export const BILLING_TERMS = ['annual-yearly', 'annual-monthly', 'monthly'] as const;
export type BillingTerm = (typeof BILLING_TERMS)[number];

/** Which price a surcharge raises: the nonprofit price or the commercial list price. */
export const PRICE_SIDES = ['nonprofit', 'commercial'] as const;
export type PriceSide = (typeof PRICE_SIDES)[number];

/** A percentage added to the unit price for a billing term, from a date on (`percent` like `'20'`). */
export interface Surcharge {
  from: IsoDate;
  term: Exclude<BillingTerm, 'annual-yearly'>;
  prices: PriceSide;
  percent: Figure<string>;
}

/** What people may need from a suite, for matching them to a plan. */
export const NEEDS = ['mail-and-web-apps', 'desktop-apps', 'device-security', 'compliance', 'phone-and-bi', 'over-300-seats'] as const;
export type Need = (typeof NEEDS)[number];

/** How far a plan meets a need, least first. */
export const COVERAGE_LEVELS = ['no', 'partly', 'yes'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/** What one suite includes, need by need. */
export interface PlanContents {
  product: string;
  includes: Figure<Readonly<Record<Need, CoverageLevel>>>;
}

/** The whole price book: sources, products, shared caps, billing-term surcharges and plan contents. */
export interface PriceBook {
  sources: readonly Source[];
  products: readonly Product[];
  tenantCaps: readonly TenantCap[];
  surcharges: readonly Surcharge[];
  plans: readonly PlanContents[];
}
