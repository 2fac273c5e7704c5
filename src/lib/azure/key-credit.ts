/** The credit of Azure in Open keys month by month: drawn first in, first out, lost after 12 months. */

import { azureInOpen } from '../../data/azure';
import { addDays, addMonths } from '../core/dates';
import { amount, minOf, type Amount } from '../core/money';
import type { OpenKey } from './keys';
import type { OpenAlert } from './open';
import type { PlanMonth } from './schedule';

/** A key as the plan goes: its credit, what it has drawn and lost, and whether it has warned. */
export interface KeyState {
  index: number;
  key: OpenKey;
  value: Amount;
  balance: Amount;
  expires: string;
  used: Amount;
  expired: Amount;
  warnedLow: boolean;
}

/** The keys as the plan draws on them: first activated first, then first bought, then as entered. */
export function keysInDrawOrder(keys: readonly OpenKey[]): KeyState[] {
  const unit = amount(azureInOpen.unitValue.value);
  return keys
    .map((key, index) => ({
      index, key, value: unit.times(key.units), balance: unit.times(key.units), used: amount(0), expired: amount(0), warnedLow: false,
      expires: addMonths(key.activated, azureInOpen.validityMonths.value),
    }))
    .sort((a, b) => a.key.activated.localeCompare(b.key.activated) || a.key.purchased.localeCompare(b.key.purchased) || a.index - b.index);
}

/**
 * Draws a month's use from the keys valid on its first day, first in, first out, and warns once per
 * key when its balance falls to the low-balance share. Returns the use no key could cover.
 */
export function drawFromKeys(keys: readonly KeyState[], month: PlanMonth, alerts: OpenAlert[]): Amount {
  const low = azureInOpen.lowBalancePercent.value;
  let need = month.spend;
  for (const k of keys) {
    if (k.key.activated > month.start || month.start >= k.expires || need.isZero()) continue;
    const draw = minOf(k.balance, need);
    k.balance = k.balance.minus(draw);
    k.used = k.used.plus(draw);
    need = need.minus(draw);
    if (!k.warnedLow && draw.greaterThan(0) && k.balance.times(100).lte(k.value.times(low))) {
      k.warnedLow = true;
      alerts.push({ kind: 'key-low', key: k.index, date: month.start });
    }
  }
  return need;
}

/**
 * Warns of each key whose expiry warning falls in the month, and forfeits what is left on keys whose
 * 12 months end in it. Returns the credit lost.
 */
export function expireKeys(keys: readonly KeyState[], month: PlanMonth, alerts: OpenAlert[]): Amount {
  let expired = amount(0);
  for (const k of keys) {
    const warning = addDays(k.expires, -azureInOpen.expiryWarningDays.value);
    if (warning >= month.start && warning < month.end && k.key.activated <= warning) {
      alerts.push({ kind: 'key-expiring', key: k.index, date: warning, expires: k.expires });
    }
    if (k.key.activated <= month.start && k.expires > month.start && k.expires <= month.end && k.balance.greaterThan(0)) {
      expired = expired.plus(k.balance);
      k.expired = k.balance;
      k.balance = amount(0);
    }
  }
  return expired;
}
