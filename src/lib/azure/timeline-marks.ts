import { amount } from '../core/money';
import type { GrantPlan } from './grant';
import type { OpenPlan } from './open';

/**
 * The months the credit timeline marks: a new grant year begins, a key's credit expired at the end
 * of the month before, or services are suspended during the month. Both plans run over the same
 * months, so either one names them; the indexes are ascending and each appears once.
 */
export function timelineMarks(grant: GrantPlan | null, open: OpenPlan | null): number[] {
  const months = grant?.months ?? open?.months ?? [];
  const suspendedIn = (i: number) => {
    const start = months[i]!.start;
    const next = months[i + 1]?.start;
    return open?.suspensions.some((s) => s.from >= start && (next === undefined || s.from < next)) ?? false;
  };
  const expiredBefore = (i: number) => open !== null && i > 0 && amount(open.months[i - 1]?.expired ?? '0').greaterThan(0);
  return months.map((_, i) => i).filter((i) => grant?.months[i]?.newYear === true || expiredBefore(i) || suspendedIn(i));
}
