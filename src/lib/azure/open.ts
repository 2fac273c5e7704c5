import { azureInOpen } from '../../data/azure';
import { availability } from '../programme/availability';
import { PLAN_MONTHS, checkSpend, planMonths, type Spend } from './schedule';
import { checkKeys, type OpenKey } from './keys';
import { addDays, addMonths, daysBetween } from '../core/dates';
import { inputError } from '../core/errors';
import { amount, minOf, sum, toMoneyString, type Amount } from '../core/money';
import { isAmount } from '../address/parse-amount';

/** The Azure in Open subscription: expected use, its keys, and the user's own alert threshold. */
export interface OpenInput {
  spend: Spend;
  keys: readonly OpenKey[];
  /** Alert when the remaining credit is at or below this amount; null for none. */
  threshold: string | null;
  /** The organisation's country, which decides whether credit can be topped up by card. */
  country?: string | null;
}

/** An e-mail Azure would send. */
export type OpenAlert =
  | { kind: 'key-low'; key: number; date: string }
  | { kind: 'key-expiring'; key: number; date: string; expires: string }
  | { kind: 'threshold'; date: string; remaining: string };

/** One month of the Azure in Open subscription. */
export interface OpenMonth {
  start: string;
  spend: string;
  used: string;
  /** Credit of keys whose 12 months end with this month: lost. */
  expired: string;
  /** Use that could not run: services are suspended at zero balance. */
  unmet: string;
  /** Credit of activated keys left at the end of the month. */
  balance: string;
  alerts: OpenAlert[];
}

/** A stretch with services suspended, when the data would be deleted, and when credit came back. */
export interface Suspension {
  from: string;
  dataDeletedOn: string;
  resumedOn: string | null;
  /** Whether the subscription could be topped up by card there; null when the country is not known. */
  cardTopUp: boolean | null;
}

/** What became of each key within the plan. */
export interface KeyOutcome {
  value: string;
  expires: string;
  used: string;
  expired: string;
  remaining: string;
}

export interface OpenPlan {
  months: OpenMonth[];
  keys: KeyOutcome[];
  suspensions: Suspension[];
  /** bought = used + expired + remaining, to the cent. */
  totals: { bought: string; used: string; expired: string; remaining: string; unmet: string };
  monthsCovered: number;
}

interface KeyState {
  index: number;
  key: OpenKey;
  value: Amount;
  balance: Amount;
  expires: string;
  used: Amount;
  expired: Amount;
  warnedLow: boolean;
}

/**
 * Plans the Azure in Open subscription month by month. A key's credit counts for a month when it
 * is valid on the month's first day; keys are drawn first in, first out; what a key has left when
 * its 12 months end expires. Keys activated before the plan starts are taken as unused so far.
 */
export function planOpen(asOf: string, input: OpenInput, months = PLAN_MONTHS): OpenPlan {
  checkSpend(input.spend, 'open.spend');
  checkKeys(input.keys);
  if (input.threshold !== null && !isAmount(input.threshold)) throw inputError('invalid-amount', { field: 'open.threshold' });
  const unit = amount(azureInOpen.unitValue.value);
  const low = azureInOpen.lowBalancePercent.value;
  const keys: KeyState[] = input.keys
    .map((key, index) => ({
      index, key, value: unit.times(key.units), balance: unit.times(key.units), used: amount(0), expired: amount(0), warnedLow: false,
      expires: addMonths(key.activated, azureInOpen.validityMonths.value),
    }))
    .sort((a, b) => a.key.activated.localeCompare(b.key.activated) || a.key.purchased.localeCompare(b.key.purchased) || a.index - b.index);

  const cardTopUp = input.country ? (availability(input.country)?.azureInOpenCardTopUp ?? null) : null;
  const result: OpenMonth[] = [];
  const suspensions: Suspension[] = [];
  let open: Suspension | null = null;
  let previousBalance: Amount | null = null;
  for (const month of planMonths(asOf, input.spend, months)) {
    const alerts: OpenAlert[] = [];
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
    const used = month.spend.minus(need);

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

    // Services stop when use outruns the credit, and start again when there is credit once more.
    if (open && used.greaterThan(0)) {
      open.resumedOn = month.start;
      open = null;
    }
    if (!open && need.greaterThan(0)) {
      const days = Math.floor(amount(daysBetween(month.start, month.end)).times(used).div(month.spend).toNumber());
      const from = addDays(month.start, days);
      open = { from, dataDeletedOn: addDays(from, azureInOpen.dataKeptDays.value), resumedOn: null, cardTopUp };
      suspensions.push(open);
    }

    const balance = sum(keys.filter((k) => k.key.activated < month.end).map((k) => k.balance));
    if (input.threshold !== null && balance.lte(amount(input.threshold)) && (previousBalance === null || previousBalance.greaterThan(amount(input.threshold)))) {
      alerts.push({ kind: 'threshold', date: month.start, remaining: toMoneyString(balance) });
    }
    previousBalance = balance;
    result.push({
      start: month.start,
      spend: toMoneyString(month.spend),
      used: toMoneyString(used),
      expired: toMoneyString(expired),
      unmet: toMoneyString(need),
      balance: toMoneyString(balance),
      alerts,
    });
  }

  const total = (pick: (m: OpenMonth) => string) => toMoneyString(sum(result.map((m) => amount(pick(m)))));
  const firstShort = result.findIndex((m) => amount(m.unmet).greaterThan(0));
  const byInput = [...keys].sort((a, b) => a.index - b.index);
  return {
    months: result,
    keys: byInput.map((k) => ({ value: toMoneyString(k.value), expires: k.expires, used: toMoneyString(k.used), expired: toMoneyString(k.expired), remaining: toMoneyString(k.balance) })),
    suspensions,
    totals: {
      bought: toMoneyString(sum(keys.map((k) => k.value))),
      used: total((m) => m.used),
      expired: total((m) => m.expired),
      remaining: toMoneyString(sum(keys.map((k) => k.balance))),
      unmet: total((m) => m.unmet),
    },
    monthsCovered: firstShort < 0 ? result.length : firstShort,
  };
}
