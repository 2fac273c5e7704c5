import { pricingBook } from '../../data/pricing-book';
import { FAMILIES, type Family, type PriceBook, type Product } from '../../data/types';
import { indexBook } from './prices';

/** A family of products, in the order the page lists them. */
export interface ProductGroup {
  family: Family;
  products: readonly Product[];
}

/** Whether the book has a nonprofit offer for the product at any date: frontline plans have none. */
export function hasNonprofitOffer(product: Product): boolean {
  return product.nonprofit.length > 0;
}

/** The book's products grouped by family, families in their fixed order, empty ones left out. */
export function productsByFamily(book: PriceBook = pricingBook): ProductGroup[] {
  return FAMILIES.map((family) => ({ family, products: book.products.filter((p) => p.family === family) })).filter(
    (group) => group.products.length > 0,
  );
}

/** The first day the book has prices for: no estimate can be made for an earlier date. */
export function firstPriceDate(book: PriceBook = pricingBook): string {
  return indexBook(book).firstDate;
}
