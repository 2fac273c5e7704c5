import { azureGrant } from '../../data/azure';
import { PLAN_MONTHS, checkSpend, planMonths, type Spend } from './schedule';
import { addDays, addMonths, isIsoDate } from '../core/dates';
import { inputError } from '../core/errors';
import { amount, maxOf, minOf, sum, toMoneyString, type Amount } from '../core/money';
import { isAmount } from '../address/parse-amount';

/** The nonprofit grant subscription: when its current grant year began, and the use expected. */
export interface GrantInput {
  /** First day of the current (or first) grant year. */
  start: string;
  /** Credit already used in the current grant year, if the year has begun. */
  usedSoFar: string;
  spend: Spend;
}

/** One month of the grant subscription. */
export interface GrantMonth {
  start: string;
  spend: string;
  /** Credit used this month. */
  used: string;
  /** Credit left at the end of the grant year that ends this month: it does not carry over. */
  expired: string;
  /** Use beyond the credit, charged to the card on file at pay-as-you-go rates. */
  billed: string;
  /** Credit left at the end of the month. */
  balance: string;
  /** A new grant year began with this month. */
  newYear: boolean;
}

/** A grant year that ends inside the plan, and when its renewal opens (it is not automatic). */
export interface GrantRenewal {
  yearEnds: string;
  renewalOpens: string;
}

/** The grant subscription planned: each month, the renewals to make, and the totals. */
export interface GrantPlan {
  months: GrantMonth[];
  renewals: GrantRenewal[];
  totals: { credit: string; used: string; expired: string; billed: string; remaining: string };
  /** The first month with use beyond the credit, or null. */
  firstBilledMonth: string | null;
  /** Months from the start of the plan until the first billed one (all of them when none is billed). */
  monthsCovered: number;
}

/** Checks the grant subscription's input, naming the first bad field. */
function checkGrantInput(input: GrantInput): void {
  if (!isIsoDate(input.start)) throw inputError('invalid-date', 'grant.start');
  if (!isAmount(input.usedSoFar)) throw inputError('invalid-amount', 'grant.usedSoFar');
  checkSpend(input.spend, 'grant.spend');
}

/** The first day of grant year `k`, counted from the first (or current) one at 0. */
function grantYearStart(start: string, k: number): string {
  return addMonths(start, azureGrant.yearMonths.value * k);
}

/** The grant year a month starts in, looking no further back than the year already reached. */
function grantYearOf(start: string, monthStart: string, reached: number): number {
  let k = Math.max(reached, 0);
  while (grantYearStart(start, k + 1) <= monthStart) k++;
  return k;
}

/** A grant year's end, and the day its renewal opens before it. */
function renewalAt(yearEnds: string): GrantRenewal {
  return { yearEnds, renewalOpens: addDays(yearEnds, -azureGrant.renewalOpensDaysBefore.value) };
}

/** The plan's totals, its first billed month, and how many months the grant covers before it. */
function summarise(months: readonly GrantMonth[], credit: Amount, balance: Amount): Pick<GrantPlan, 'totals' | 'firstBilledMonth' | 'monthsCovered'> {
  const total = (pick: (m: GrantMonth) => string) => sum(months.map((m) => amount(pick(m))));
  const firstBilled = months.findIndex((m) => amount(m.billed).greaterThan(0));
  return {
    totals: {
      credit: toMoneyString(credit),
      used: toMoneyString(total((m) => m.used)),
      expired: toMoneyString(total((m) => m.expired)),
      billed: toMoneyString(total((m) => m.billed)),
      remaining: toMoneyString(balance),
    },
    firstBilledMonth: firstBilled < 0 ? null : months[firstBilled]!.start,
    monthsCovered: firstBilled < 0 ? months.length : firstBilled,
  };
}

/** Plans the grant subscription month by month: $2,000 a grant year, used first, the rest billed. */
export function planGrant(asOf: string, input: GrantInput, months = PLAN_MONTHS): GrantPlan {
  checkGrantInput(input);
  const yearly = amount(azureGrant.creditPerYear.value);
  let year = -1;
  let balance = amount(0);
  let credit = amount(0);
  const result: GrantMonth[] = [];
  const renewals: GrantRenewal[] = [];
  const plan = planMonths(asOf, input.spend, months);
  plan.forEach((month, i) => {
    const k = grantYearOf(input.start, month.start, year);
    const inGrant = month.start >= input.start;
    const newYear = inGrant && k !== year;
    if (newYear) {
      // What was used before the plan starts counts against the grant year the plan starts in.
      const already = year < 0 && input.start <= plan[0]!.start ? amount(input.usedSoFar) : amount(0);
      const fresh = maxOf(yearly.minus(already), amount(0));
      balance = fresh;
      credit = credit.plus(fresh);
      year = k;
    }
    const used = inGrant ? minOf(balance, month.spend) : amount(0);
    balance = balance.minus(used);
    const nextYear = grantYearStart(input.start, year + 1);
    const yearEndsNext = inGrant && nextYear <= (plan[i + 1]?.start ?? month.end) && i + 1 < plan.length;
    const expired = yearEndsNext ? balance : amount(0);
    if (yearEndsNext) {
      renewals.push(renewalAt(nextYear));
      balance = amount(0);
    }
    result.push({
      start: month.start,
      spend: toMoneyString(month.spend),
      used: toMoneyString(used),
      expired: toMoneyString(expired),
      billed: toMoneyString(month.spend.minus(used)),
      balance: toMoneyString(balance),
      newYear,
    });
  });
  return { months: result, renewals, ...summarise(result, credit, balance) };
}
