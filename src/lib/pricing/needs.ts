import type { PriceBook } from '../../data/types';
import type { AdvisorNeed } from '../../data/advisor-presets';

/**
 * Whether a suite meets every need, by the plan table in the book. Only `yes` meets a need:
 * `partly` does not (F3's small mailbox, Office 365 E5's partial device security), because the
 * advisor promises each group everything it asked for.
 */
export function meetsNeeds(product: string, needs: readonly AdvisorNeed[], book: PriceBook): boolean {
  const includes = book.plans.find((plan) => plan.product === product)?.includes.value;
  if (!includes) return false;
  return needs.every((need) => includes[need] === 'yes');
}
