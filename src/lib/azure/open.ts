import { azureInOpen } from '../../data/azure';
import { availability } from '../programme/availability';
import { PLAN_MONTHS, checkSpend, planMonths, type PlanMonth, type Spend } from './schedule';
import { checkKeys, type OpenKey } from './keys';
import { drawFromKeys, expireKeys, keysInDrawOrder, type KeyState } from './key-credit';
import { addDays, daysBetween } from '../core/dates';
import { inputError } from '../core/errors';
import { amount, sum, toMoneyString, type Amount } from '../core/money';
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

/** The Azure in Open subscription planned: each month, each key's outcome, the suspensions and the totals. */
export interface OpenPlan {
  months: OpenMonth[];
  keys: KeyOutcome[];
  suspensions: Suspension[];
  /** bought = used + expired + remaining, to the cent. */
  totals: { bought: string; used: string; expired: string; remaining: string; unmet: string };
  monthsCovered: number;
}

/** Checks the subscription's input, naming the first bad field. */
function checkOpenInput(input: OpenInput): void {
  checkSpend(input.spend, 'open.spend');
  checkKeys(input.keys);
  if (input.threshold !== null && !isAmount(input.threshold)) throw inputError('invalid-amount', 'open.threshold');
}

/** Services stop when the month's credit is spent: after the share of its days that the credit covered. */
function suspensionIn(month: PlanMonth, used: Amount, cardTopUp: boolean | null): Suspension {
  const days = Math.floor(amount(daysBetween(month.start, month.end)).times(used).div(month.spend).toNumber());
  const from = addDays(month.start, days);
  return { from, dataDeletedOn: addDays(from, azureInOpen.dataKeptDays.value), resumedOn: null, cardTopUp };
}

/** Whether the balance has just fallen to the user's threshold (it alerts once per crossing). */
function crossesThreshold(threshold: string | null, previous: Amount | null, balance: Amount): boolean {
  return threshold !== null && balance.lte(amount(threshold)) && (previous === null || previous.greaterThan(amount(threshold)));
}

/** What became of each key, in the order entered, and the plan's totals: bought = used + expired + remaining. */
function summarise(months: readonly OpenMonth[], keys: readonly KeyState[]): Pick<OpenPlan, 'keys' | 'totals' | 'monthsCovered'> {
  const total = (pick: (m: OpenMonth) => string) => toMoneyString(sum(months.map((m) => amount(pick(m)))));
  const firstShort = months.findIndex((m) => amount(m.unmet).greaterThan(0));
  const byInput = [...keys].sort((a, b) => a.index - b.index);
  return {
    keys: byInput.map((k) => ({ value: toMoneyString(k.value), expires: k.expires, used: toMoneyString(k.used), expired: toMoneyString(k.expired), remaining: toMoneyString(k.balance) })),
    totals: {
      bought: toMoneyString(sum(keys.map((k) => k.value))),
      used: total((m) => m.used),
      expired: total((m) => m.expired),
      remaining: toMoneyString(sum(keys.map((k) => k.balance))),
      unmet: total((m) => m.unmet),
    },
    monthsCovered: firstShort < 0 ? months.length : firstShort,
  };
}

/**
 * Plans the Azure in Open subscription month by month. A key's credit counts for a month when it
 * is valid on the month's first day; keys are drawn first in, first out; what a key has left when
 * its 12 months end expires. Keys activated before the plan starts are taken as unused so far.
 */
export function planOpen(asOf: string, input: OpenInput, months = PLAN_MONTHS): OpenPlan {
  checkOpenInput(input);
  const keys = keysInDrawOrder(input.keys);
  const cardTopUp = input.country ? (availability(input.country)?.azureInOpenCardTopUp ?? null) : null;
  const result: OpenMonth[] = [];
  const suspensions: Suspension[] = [];
  let suspended: Suspension | null = null;
  let previousBalance: Amount | null = null;
  for (const month of planMonths(asOf, input.spend, months)) {
    const alerts: OpenAlert[] = [];
    const unmet = drawFromKeys(keys, month, alerts);
    const used = month.spend.minus(unmet);
    const expired = expireKeys(keys, month, alerts);

    // Services stop when use outruns the credit, and start again when there is credit once more.
    if (suspended && used.greaterThan(0)) {
      suspended.resumedOn = month.start;
      suspended = null;
    }
    if (!suspended && unmet.greaterThan(0)) {
      suspended = suspensionIn(month, used, cardTopUp);
      suspensions.push(suspended);
    }

    const balance = sum(keys.filter((k) => k.key.activated < month.end).map((k) => k.balance));
    if (crossesThreshold(input.threshold, previousBalance, balance)) alerts.push({ kind: 'threshold', date: month.start, remaining: toMoneyString(balance) });
    previousBalance = balance;
    result.push({
      start: month.start,
      spend: toMoneyString(month.spend),
      used: toMoneyString(used),
      expired: toMoneyString(expired),
      unmet: toMoneyString(unmet),
      balance: toMoneyString(balance),
      alerts,
    });
  }
  return { months: result, suspensions, ...summarise(result, keys) };
}
