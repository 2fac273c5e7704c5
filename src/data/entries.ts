import type { SourceId } from './sources';
import type { Caveat, Channel, CommercialEntry, Confidence, Figure, NonprofitEntry } from './types';

/**
 * The book's first date. The sources give the pre-2022 prices only as "before" the 2022 changes,
 * without saying since when; the book prices nothing earlier than the year before those changes.
 */
export const BEFORE_2022_CHANGES = '2021-01-01';
export const COMMERCIAL_CHANGE_2022 = '2022-03-01';
export const NONPROFIT_CHANGE_2022 = '2022-09-01';
export const GRANT_RETIREMENT_2025 = '2025-07-01';
export const POWER_APPS_END_OF_SALE_2026 = '2026-01-02';
export const COMMERCIAL_CHANGE_2026 = '2026-07-01';

export const BOTH: readonly Channel[] = ['direct', 'enterprise-agreement'];

/** Optional parts of a figure: corroborating sources and what is uncertain. */
interface FigureExtras {
  seeAlso?: readonly SourceId[];
  caveat?: Caveat;
}

/** A figure with its source. */
export function fig<T>(value: T, source: SourceId, confidence: Confidence = 'high', extras: FigureExtras = {}): Figure<T> {
  return { value, source, confidence, ...extras };
}

/** The Microsoft Nonprofits FAQ, the source of most nonprofit figures. */
export const faq = <T>(value: T): Figure<T> => fig(value, 'ms-nonprofit-faq-nb');

/** A discounted price with no grant, in both channels. */
export function discount(from: string, price: Figure<string>): NonprofitEntry {
  return { from, channels: BOTH, grantSeats: { ...price, value: 0 }, price };
}

/** A commercial list price. */
export function list(from: string, price: Figure<string>): CommercialEntry {
  return { from, price };
}

/** A 1 Mar 2022 commercial price or the one before it (Fuller Infotech, with SpireTech). */
export function list2022(from: string, price: string): CommercialEntry {
  return list(from, fig(price, 'fuller-2022', 'high', { seeAlso: ['spiretech-2022'] }));
}

/** A 1 Jul 2026 commercial price, from each contract's next renewal (reported by three sources). */
export function list2026(price: string, source: SourceId = 'lasvegasit-2026'): CommercialEntry {
  const seeAlso = (['lasvegasit-2026', 'npi-2026', 'tkly-2026'] as const).filter((id) => id !== source);
  return list(COMMERCIAL_CHANGE_2026, fig(price, source, 'medium-high', { seeAlso }));
}
