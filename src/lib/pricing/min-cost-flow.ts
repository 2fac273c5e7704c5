/**
 * A small min-cost max-flow network: successive shortest paths found with a queue-based
 * Bellman-Ford, each path augmented by its bottleneck. Capacities are people (Infinity allowed),
 * costs whole cents; both are exact integers in a number. Exact for any integer network, and fast
 * for the advisor's (a few dozen nodes): the number of paths grows with the edges, not with people.
 */
export class FlowNetwork {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly out: number[][];

  constructor(nodes: number) {
    this.out = Array.from({ length: nodes }, () => []);
  }

  /** Adds an edge and its residual twin; returns the edge's index, to read its flow later. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const index = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.out[from]!.push(index);
    this.out[to]!.push(index + 1);
    return index;
  }

  /** The flow an edge carries: what its residual twin could send back. */
  flowOn(edge: number): number {
    return this.cap[edge + 1]!;
  }

  /** Sends as much as possible from source to sink at the least cost; returns the flow and its cost. */
  run(source: number, sink: number): { flow: number; cost: number } {
    const n = this.out.length;
    const dist = new Float64Array(n);
    const via = new Int32Array(n);
    const queued = new Uint8Array(n);
    const queue: number[] = [];
    let flow = 0;
    let total = 0;
    for (;;) {
      dist.fill(Infinity);
      via.fill(-1);
      dist[source] = 0;
      queue.length = 0;
      queue.push(source);
      queued[source] = 1;
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head]!;
        queued[u] = 0;
        for (const e of this.out[u]!) {
          if (this.cap[e]! <= 0) continue;
          const v = this.to[e]!;
          const d = dist[u]! + this.cost[e]!;
          if (d < dist[v]!) {
            dist[v] = d;
            via[v] = e;
            if (!queued[v]) { queued[v] = 1; queue.push(v); }
          }
        }
      }
      if (dist[sink] === Infinity) return { flow, cost: total };
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) push = Math.min(push, this.cap[via[v]!]!);
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) {
        const e = via[v]!;
        this.cap[e] = this.cap[e]! - push;
        this.cap[e ^ 1] = this.cap[e ^ 1]! + push;
      }
      flow += push;
      total += push * dist[sink]!;
    }
  }
}
