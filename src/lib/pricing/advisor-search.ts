import { FlowNetwork } from './min-cost-flow';
import type { AdvisorOffers, SuiteOffer } from './advisor-offers';

/** One group as the search sees it: its people, whether they may have grants, the suites that meet its needs. */
export interface SearchGroup {
  people: number;
  grantEligible: boolean;
  /** Ids of the suites that meet the group's needs, in book order. */
  suites: readonly string[];
}

/** Some of a group's people on one suite. */
export interface Part {
  suite: string;
  seats: number;
}

/** An assignment of suites to groups: each group's parts, the people placed, the cost in cents a month and the distinct suites. */
export interface Assignment {
  parts: Part[][];
  placed: number;
  cents: number;
  products: number;
}

/** Limited suites: a cap, a shared tenant cap or a grant makes their seats a resource the groups share. */
function isLimited(offer: SuiteOffer): boolean {
  return offer.cap !== Infinity || offer.tenantCap !== undefined || offer.grant > 0;
}

/** The cheapest unlimited suite a group may have at a price (the first in book order on a tie). */
function fallbackOf(group: SearchGroup, byId: ReadonlyMap<string, SuiteOffer>): SuiteOffer | undefined {
  let best: SuiteOffer | undefined;
  for (const id of group.suites) {
    const offer = byId.get(id)!;
    if (isLimited(offer) || offer.unitCents === null) continue;
    if (!best || offer.unitCents < best.unitCents!) best = offer;
  }
  return best;
}

/** The least-cost flow that uses only the limited suites in `chosen`; every other person goes to the group's fallback. */
function solveWith(groups: readonly SearchGroup[], chosen: readonly SuiteOffer[], fallbacks: readonly (SuiteOffer | undefined)[], offers: AdvisorOffers): Assignment {
  const tenantIds = [...new Set(chosen.flatMap((o) => (o.tenantCap === undefined ? [] : [o.tenantCap])))];
  const source = 0, sink = 1, groupNode = (i: number) => 2 + i;
  const productNode = (j: number) => 2 + groups.length + 2 * j;
  const grantNode = (j: number) => productNode(j) + 1;
  const tenantNode = (k: number) => 2 + groups.length + 2 * chosen.length + k;
  const net = new FlowNetwork(2 + groups.length + 2 * chosen.length + tenantIds.length);
  chosen.forEach((offer, j) => {
    const k = offer.tenantCap === undefined ? -1 : tenantIds.indexOf(offer.tenantCap);
    net.addEdge(productNode(j), k < 0 ? sink : tenantNode(k), offer.cap, 0);
    if (offer.grant > 0) net.addEdge(grantNode(j), productNode(j), offer.grant, 0);
  });
  tenantIds.forEach((id, k) => net.addEdge(tenantNode(k), sink, offers.tenantCaps.get(id) ?? Infinity, 0));
  const edges = groups.map((group, i) => {
    net.addEdge(source, groupNode(i), group.people, 0);
    const fallback = fallbacks[i];
    const own = fallback ? [{ suite: fallback.id, edge: net.addEdge(groupNode(i), sink, Infinity, fallback.unitCents!) }] : [];
    chosen.forEach((offer, j) => {
      if (!group.suites.includes(offer.id)) return;
      if (offer.grant > 0 && group.grantEligible) own.push({ suite: offer.id, edge: net.addEdge(groupNode(i), grantNode(j), Infinity, 0) });
      if (offer.unitCents !== null) own.push({ suite: offer.id, edge: net.addEdge(groupNode(i), productNode(j), Infinity, offer.unitCents) });
    });
    return own;
  });
  const { flow, cost } = net.run(source, sink);
  const parts = edges.map((own) => {
    const seats = new Map<string, number>();
    for (const { suite, edge } of own) if (net.flowOn(edge) > 0) seats.set(suite, (seats.get(suite) ?? 0) + net.flowOn(edge));
    return [...seats].map(([suite, n]) => ({ suite, seats: n }));
  });
  return { parts, placed: flow, cents: cost, products: new Set(parts.flat().map((p) => p.suite)).size };
}

/** Whether two assignments give some group a different set of suites (seats aside). */
export function differsInSuites(a: Assignment, b: Assignment): boolean {
  const key = (x: Assignment) => x.parts.map((parts) => parts.map((p) => p.suite).join('+')).join('|');
  return key(a) !== key(b);
}

/**
 * The same seats per suite and side, handed to the groups so fewer groups are split: two groups
 * of the same side (staff or volunteers) that each allow the other's suite swap seats when that
 * removes a part. Cost depends only on seats per suite and side, so it does not change.
 */
function fewerParts(found: Assignment, groups: readonly SearchGroup[], order: (id: string) => number): Assignment {
  let parts = found.parts;
  const partsIn = (list: Part[][]) => list.reduce((n, l) => n + l.length, 0);
  const trySwap = (a: number, b: number): Part[][] | null => {
    for (const pa of parts[a]!) {
      for (const pb of parts[b]!) {
        if (pa.suite === pb.suite || !groups[a]!.suites.includes(pb.suite) || !groups[b]!.suites.includes(pa.suite)) continue;
        const n = Math.min(pa.seats, pb.seats);
        const trial = parts.map((list, i) => (i === a ? moveSeats(list, pa.suite, pb.suite, n) : i === b ? moveSeats(list, pb.suite, pa.suite, n) : list));
        if (partsIn(trial) < partsIn(parts)) return trial;
      }
    }
    return null;
  };
  for (let improved = true; improved;) {
    improved = false;
    for (let a = 0; a < parts.length && !improved; a++) {
      for (let b = 0; b < parts.length && !improved; b++) {
        if (a === b || groups[a]!.grantEligible !== groups[b]!.grantEligible) continue;
        const next = trySwap(a, b);
        if (next) { parts = next; improved = true; }
      }
    }
  }
  return { ...found, parts: parts.map((list) => [...list].sort((x, y) => order(x.suite) - order(y.suite))) };
}

/** A group's parts with `n` seats moved from one suite to another; a part left empty is dropped. */
function moveSeats(list: readonly Part[], from: string, to: string, n: number): Part[] {
  const moved = list.map((p) => (p.suite === from ? { ...p, seats: p.seats - n } : p.suite === to ? { ...p, seats: p.seats + n } : p));
  if (!list.some((p) => p.suite === to)) moved.push({ suite: to, seats: n });
  return moved.filter((p) => p.seats > 0);
}

/** Better first: more people placed, then less cost, then fewer distinct suites. */
export function compareAssignments(a: Assignment, b: Assignment): number {
  return b.placed - a.placed || a.cents - b.cents || a.products - b.products;
}

/**
 * The exact cheapest assignment. Cost is linear per seat except where limited suites share grants
 * and caps, which a min-cost flow over all of them settles exactly (`bound`, when the caller has it
 * already). Ties go to fewer distinct suites: every subset of the limited suites that flow uses is
 * tried too. A group is split only where a limit makes that cheaper: usually across two suites,
 * rarely more when two limits bind on the same group.
 */
export function searchAssignment(groups: readonly SearchGroup[], offers: AdvisorOffers, bound?: Assignment): Assignment {
  const byId = new Map(offers.suites.map((o) => [o.id, o]));
  const fallbacks = groups.map((g) => fallbackOf(g, byId));
  const full = bound ?? boundAssignment(groups, offers);
  const usedIds = new Set(full.parts.flat().map((p) => p.suite));
  const used = limitedFor(groups, offers).filter((o) => usedIds.has(o.id));
  let best: Assignment | undefined;
  // Smaller sets first, the full flow last: on a full tie the first found stays.
  for (let mask = 0; mask < (1 << used.length) - 1; mask++) {
    const found = solveWith(groups, used.filter((_, j) => (mask >> j) & 1), fallbacks, offers);
    if (!best || compareAssignments(found, best) < 0) best = found;
  }
  if (!best || compareAssignments(full, best) < 0) best = full;
  // Handing seats so fewer groups split changes none of the keys compared, so only the best is redone.
  return fewerParts(best, groups, (id) => offers.suites.findIndex((o) => o.id === id));
}

/**
 * The limited suites worth weighing: those some group may take where they could cost it no more than
 * its fallback (granted to it, or priced at or below the fallback). Any other never lowers the cost
 * nor the number of suites, so leaving it out keeps the search exact.
 */
function limitedFor(groups: readonly SearchGroup[], offers: AdvisorOffers): SuiteOffer[] {
  const byId = new Map(offers.suites.map((o) => [o.id, o]));
  return offers.suites.filter((o) => isLimited(o) && groups.some((g) => {
    if (g.people === 0 || !g.suites.includes(o.id)) return false;
    if (o.grant > 0 && g.grantEligible) return true;
    const fallback = fallbackOf(g, byId);
    return o.unitCents !== null && (!fallback || o.unitCents <= fallback.unitCents!);
  }));
}

/**
 * A bound no assignment beats: one flow with every limited suite and no limit on suites per group.
 * More suites to choose from never places fewer people nor, for as many, costs more.
 */
export function boundAssignment(groups: readonly SearchGroup[], offers: AdvisorOffers): Assignment {
  const byId = new Map(offers.suites.map((o) => [o.id, o]));
  return solveWith(groups, limitedFor(groups, offers), groups.map((g) => fallbackOf(g, byId)), offers);
}
