import { MAX_SCENARIOS } from '../core/limits';
import type { CalculatorState } from '../state/calculator-state';
import { singleEstimate, type Estimate, type Scenario } from '../state/estimate';
import { cleanName } from '../state/groups';
import { decodeV2 } from './decode-v2';
import { isStateKey } from './keys';
import { noteKeys } from './note-keys';
import { echo } from './notices';
import { Query } from './query';
import type { DecodeContext } from './v1-values';

/** The keys of a v=3 link's header; every other pair belongs to the scenario whose `x` comes before it. */
const HEADER: ReadonlySet<string> = new Set(['v', 'a']);
const INDEX = /^\d$/;

/** One scenario's part of the link: its name as written (null before the first `x`) and its pairs. */
interface Part {
  name: string | null;
  pairs: (readonly [string, string])[];
}

/** Splits a v=3 link at each `x`: the header pairs, and each scenario's part in order. */
function partsOf(params: Query): { header: Query; parts: Part[] } {
  const header: (readonly [string, string])[] = [];
  const parts: Part[] = [{ name: null, pairs: [] }];
  for (const pair of params.pairs) {
    if (pair[0] === 'x') parts.push({ name: pair[1], pairs: [] });
    else if (HEADER.has(pair[0])) header.push(pair);
    else parts.at(-1)!.pairs.push(pair);
  }
  // Pairs before the first `x` are a scenario only when they hold some state: an unnamed one, kept.
  if (!parts[0]!.pairs.some(([key]) => isStateKey(key))) {
    header.push(...parts[0]!.pairs);
    parts.shift();
  }
  return { header: new Query(header), parts };
}

/**
 * Version 3: up to MAX_SCENARIOS scenarios, each read as a v=2 link of its own over the base, so a
 * damaged part costs only that scenario; a part with no state at all is dropped with a notice, the
 * scenarios beyond the limit are counted in one. Never empty: without a usable scenario, the base.
 */
export function decodeV3(params: Query, context: DecodeContext<CalculatorState>, embedded: boolean): Estimate {
  const { header, parts } = partsOf(params);
  noteKeys(header, context.notices, embedded);
  const scenarios: Scenario[] = [];
  const indexOf = new Map<number, number>();
  parts.slice(0, MAX_SCENARIOS).forEach((part, i) => {
    const query = new Query(part.pairs);
    noteKeys(query, context.notices, embedded);
    if (!query.keys().some(isStateKey)) {
      context.notices.push({ code: 'bad-value', key: 'x', value: echo(part.name ?? '') });
      return;
    }
    indexOf.set(i, scenarios.length);
    scenarios.push({ name: cleanName(part.name ?? ''), state: decodeV2(query, context) });
  });
  if (parts.length > MAX_SCENARIOS) context.notices.push({ code: 'too-many', key: 'x', count: parts.length - MAX_SCENARIOS, limit: MAX_SCENARIOS });
  if (scenarios.length === 0) return singleEstimate(context.base);
  const raw = header.get('a');
  if (raw !== null && !INDEX.test(raw)) context.notices.push({ code: 'bad-value', key: 'a', value: echo(raw) });
  return { scenarios, active: indexOf.get(raw !== null && INDEX.test(raw) ? Number(raw) : 0) ?? 0 };
}
