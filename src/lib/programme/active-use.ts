import { activeUseRule } from '../../data/programme';
import { inputError } from '../core/errors';
import { MAX_SEATS } from '../pricing/input';
import { amount, percentOf } from '../core/money';

/** Where an organisation stands against the rule that 85 % of granted, assigned licences are in active use. */
export interface ActiveUse {
  assigned: number;
  active: number;
  /** Active as a percentage of assigned, cut (not rounded) to one decimal, so 84.99 % never reads 85.0; null with nothing assigned. */
  percent: string | null;
  /** True when at least 85 % are active, or when no granted licence is assigned (the rule has nothing to measure). */
  meets: boolean;
  /** More active users needed to reach 85 % with the licences assigned now. */
  moreActiveNeeded: number;
  /** Or: unused granted licences to release to reach 85 % with the users active now. */
  toRelease: number;
  thresholdPercent: number;
}

function checkCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_SEATS) throw inputError('invalid-count', field, { min: 0, max: MAX_SEATS });
}

/** Checks the 85 % active-use rule in whole numbers: `active × 100 ≥ assigned × 85`. */
export function checkActiveUse(assigned: number, active: number, threshold = activeUseRule.thresholdPercent.value): ActiveUse {
  checkCount(assigned, 'assigned');
  checkCount(active, 'active');
  if (active > assigned) throw inputError('active-above-assigned', 'active');
  const needed = Math.ceil((assigned * threshold) / 100);
  const keepable = Math.floor((active * 100) / threshold);
  return {
    assigned,
    active,
    percent: assigned === 0 ? null : percentOf(amount(active), amount(assigned), 'down'),
    meets: active * 100 >= assigned * threshold,
    moreActiveNeeded: Math.max(0, needed - active),
    toRelease: Math.max(0, assigned - keepable),
    thresholdPercent: threshold,
  };
}
