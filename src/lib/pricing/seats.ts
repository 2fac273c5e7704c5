import type { Channel, PriceBook, Product } from '../../data/types';
import { GUEST, type OrganisationGroup } from './organisation-input';
import { indexBook, nonprofitOfferOn } from './prices';

/** Why seats cannot be bought: a product's own cap, a cap shared in the tenant, or an end of sale. */
export type Blocker = 'product-cap' | 'tenant-cap' | 'renewals-only';

/** One group's people on one product: the seats that can be bought, and those that cannot. */
export interface Allocation {
  group: string;
  product: string;
  grantEligible: boolean;
  people: number;
  seats: number;
  blockedSeats: number;
  blockedBy: Blocker | null;
}

/** When and how the organisation buys: what decides which seats can be bought. */
export interface PurchaseContext {
  channel: Channel;
  priceDate: string;
  /** A new purchase: an offer sold to renewing customers only is closed to it. */
  isNew: boolean;
}

/** The products a group takes: its suite (unless none or guest), then its add-ons. */
export function productsOf(group: OrganisationGroup): string[] {
  const suite = group.suite === null || group.suite === GUEST ? [] : [group.suite];
  return [...suite, ...group.addOns];
}

/** Whether the offer in force is closed to this purchase: sold to renewing customers only. */
export function isClosedTo(product: Product, { channel, priceDate, isNew }: PurchaseContext): boolean {
  return isNew && nonprofitOfferOn(product, channel, priceDate)?.sale?.value === 'renewals-only';
}

/**
 * Seats per group and product, filled in the order of the groups: each product's cap and the cap
 * its family shares in the tenant bind, and the people beyond them are blocked, never priced.
 */
export function allocateSeats(groups: readonly OrganisationGroup[], context: PurchaseContext, book: PriceBook): Allocation[] {
  const { byId } = indexBook(book);
  const productRoom = new Map<string, number>();
  const tenantRoom = new Map(book.tenantCaps.map((cap) => [cap.id, cap.seats.value]));
  const allocations: Allocation[] = [];
  for (const group of groups) {
    for (const id of productsOf(group)) {
      const product = byId.get(id)!;
      const own = productRoom.get(id) ?? product.seatCap?.value ?? Infinity;
      const shared = product.tenantCap === undefined ? Infinity : (tenantRoom.get(product.tenantCap) ?? Infinity);
      const closed = isClosedTo(product, context);
      const seats = closed ? 0 : Math.min(group.people, own, shared);
      const blockedSeats = group.people - seats;
      const blockedBy: Blocker | null = blockedSeats === 0 ? null : closed ? 'renewals-only' : own <= shared ? 'product-cap' : 'tenant-cap';
      productRoom.set(id, own - seats);
      if (product.tenantCap !== undefined) tenantRoom.set(product.tenantCap, shared - seats);
      allocations.push({ group: group.id, product: id, grantEligible: group.grantEligible, people: group.people, seats, blockedSeats, blockedBy });
    }
  }
  return allocations;
}
