import { describe, expect, test } from 'vitest';
import { FlowNetwork } from '../../../../src/lib/pricing/min-cost-flow';

describe('FlowNetwork', () => {
  test('sends everything it can at the least cost, filling the free edge up to its capacity first', () => {
    // 0 → 2 (5 people); 2 → 1 free for 3 of them, or at 250 each without limit.
    const net = new FlowNetwork(3);
    net.addEdge(0, 2, 5, 0);
    const free = net.addEdge(2, 1, 3, 0);
    const paid = net.addEdge(2, 1, Infinity, 250);
    expect(net.run(0, 1)).toEqual({ flow: 5, cost: 500 });
    expect([net.flowOn(free), net.flowOn(paid)]).toEqual([3, 2]);
  });

  test('sends back flow along a cheaper route when a shared capacity binds', () => {
    // Two groups share a cap of 1 on a cheap suite: group A pays 10 elsewhere, group B 100, so B gets the cheap seat.
    const [source, sink, a, b, cheap] = [0, 1, 2, 3, 4];
    const net = new FlowNetwork(5);
    net.addEdge(source, a, 1, 0);
    net.addEdge(source, b, 1, 0);
    const aCheap = net.addEdge(a, cheap, 1, 1);
    net.addEdge(b, cheap, 1, 1);
    net.addEdge(cheap, sink, 1, 0);
    net.addEdge(a, sink, 1, 10);
    net.addEdge(b, sink, 1, 100);
    expect(net.run(source, sink)).toEqual({ flow: 2, cost: 11 });
    expect(net.flowOn(aCheap)).toBe(0);
  });

  test('places only what the capacities allow', () => {
    const net = new FlowNetwork(3);
    net.addEdge(0, 2, 7, 0);
    net.addEdge(2, 1, 4, 5);
    expect(net.run(0, 1)).toEqual({ flow: 4, cost: 20 });
  });
});
