import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { encodeState } from '../../../src/lib/address';
import { defaultState, singleEstimate, type CalculatorState, type Estimate } from '../../../src/lib/state';
import { STORAGE_KEY, restoreState, syncState } from '../../../src/stores/persistence';
import { $storageRefused } from '../../../src/stores/storage';

const TODAY = '2026-11-22';
const base = defaultState(TODAY);

/** A localStorage of one page, in memory; `blocked` throws as a sandboxed frame's would. */
function stubStorage(saved: string | null = null, blocked = false) {
  const items = new Map<string, string>(saved === null ? [] : [[STORAGE_KEY, saved]]);
  const guard = () => {
    if (blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => (guard(), items.get(key) ?? null),
    setItem: (key: string, value: string) => (guard(), items.set(key, value)),
    removeItem: (key: string) => (guard(), items.delete(key)),
  });
  return items;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('restoreState', () => {
  test('a shared link wins over the saved calculation', () => {
    stubStorage(encodeState({ ...base, organisation: { ...base.organisation, country: 'NO' } }));
    const restored = restoreState('?v=1&s=7&x=1', TODAY, false);
    expect(restored.from).toBe('link');
    expect(restored.state.organisation.country).toBeNull();
    expect(restored.state.groups[0]?.people).toBe(7);
    expect(restored.notices).toEqual([{ code: 'unknown-key', key: 'x' }]);
  });

  test('without a link, the last calculation saved in this browser comes back', () => {
    const saved: CalculatorState = { ...base, organisation: { ...base.organisation, country: 'NO', term: 'monthly' }, groups: [{ ...base.groups[0]!, people: 99, name: 'Office' }] };
    stubStorage(encodeState(saved));
    expect(restoreState('?utm_source=mail', TODAY, false)).toEqual({ estimate: singleEstimate(saved), state: saved, embed: expect.anything(), notices: [], source: 'saved', from: 'storage', own: null });
  });

  test('a saved calculation with an unknown product keeps every valid part, with the notices a link would get', () => {
    stubStorage('v=1&s=12&vo=3&c=ea&d=2025-05-05&l=m365-e3.f.0&l=retired-product.1.1&gs=9999-12-31');
    const restored = restoreState('', TODAY, false);
    expect(restored.from).toBe('storage');
    expect(restored.state.organisation).toEqual({ ...base.organisation, channel: 'enterprise-agreement', asOf: '2025-05-05' });
    expect(restored.state.groups.map((g) => [g.people, g.grantEligible, g.suite])).toEqual([[12, true, 'm365-e3'], [3, false, null]]);
    expect(restored.state.azure.grant).toBeNull();
    expect(restored.notices).toEqual([
      { code: 'storage-repaired' },
      { code: 'date-out-of-range', key: 'gs', value: '9999-12-31', first: '2021-01-01', last: '2036-11-22' },
      { code: 'unknown-product', key: 'l', value: 'retired-product' },
    ]);
    expect(restored.source).toBe('saved');
  });

  test('a saved estimate of format 2 with one product the book no longer knows keeps the rest, with the same notice a link gets', () => {
    stubStorage('v=2&c=ea&d=2025-05-05&t=m&g=77.1.m365-e3.retired-add-on.Staff&g=9.0.retired-suite..Field');
    const restored = restoreState('', TODAY, false);
    expect(restored.from).toBe('storage');
    expect(restored.state.organisation).toMatchObject({ channel: 'enterprise-agreement', asOf: '2025-05-05', term: 'monthly' });
    expect(restored.state.groups.map((g) => [g.name, g.people, g.suite, g.addOns])).toEqual([['Staff', 77, 'm365-e3', []], ['Field', 9, null, []]]);
    expect(restored.notices).toEqual([
      { code: 'storage-repaired' },
      { code: 'unknown-product', key: 'g', value: 'retired-add-on' },
      { code: 'unknown-product', key: 'g', value: 'retired-suite' },
    ]);
  });

  test('a shared link opens beside the remembered estimate: the link is the state, the remembered one is kept aside untouched', () => {
    const own = encodeState({ ...base, groups: [{ ...base.groups[0]!, people: 77 }] });
    const items = stubStorage(own);
    const restored = restoreState('?v=2&g=3.1.m365-e3..', TODAY, false);
    expect(restored).toMatchObject({ from: 'link', own });
    expect(restored.state.groups.map((g) => g.people)).toEqual([3]);
    expect(items.get(STORAGE_KEY)).toBe(own);
  });

  test('a link to the very estimate remembered (a reload) sets nothing aside', () => {
    const own = encodeState(base);
    stubStorage(own);
    expect(restoreState(`?${own}`, TODAY, false)).toMatchObject({ from: 'link', own: null });
  });

  test('saved data of which nothing can be read is discarded and forgotten, with a notice', () => {
    const items = stubStorage('{"not":"ours"}&s=-1');
    const restored = restoreState('', TODAY, false);
    expect(restored).toMatchObject({ state: base, notices: [{ code: 'storage-discarded' }], from: 'default' });
    expect(items.has(STORAGE_KEY)).toBe(false);
  });

  test('an embed reads its options from the address and never reads storage', () => {
    stubStorage(encodeState({ ...base, organisation: { ...base.organisation, country: 'NO' } }));
    const restored = restoreState('?theme=dark&accent=neon', TODAY, true);
    expect(restored).toMatchObject({ state: base, embed: { theme: 'dark', accent: 'blue' }, from: 'default' });
    expect(restored.notices).toEqual([{ code: 'bad-option', key: 'accent', value: 'neon' }]);
  });

  test('blocked storage costs only the restore, and the page learns that nothing will be remembered', () => {
    $storageRefused.set(false);
    stubStorage(encodeState(base), true);
    expect(restoreState('', TODAY, false)).toMatchObject({ state: base, notices: [], from: 'default' });
    expect($storageRefused.get()).toBe(true);
  });
});

describe('syncState', () => {
  let listeners: ((estimate: Estimate) => void)[];
  const subscribe = (listener: (estimate: Estimate) => void) => {
    listeners.push(listener);
    return () => {
      listeners = listeners.filter((l) => l !== listener);
    };
  };
  const replaceState = vi.fn();

  beforeEach(() => {
    listeners = [];
    replaceState.mockClear();
    vi.useFakeTimers();
    vi.stubGlobal('history', { state: { kept: true }, replaceState });
    vi.stubGlobal('location', { pathname: '/embed/', hash: '#totals' });
  });

  test('writes the latest state to the address and to storage once per delay', () => {
    const items = stubStorage();
    syncState(subscribe, true, [], 250);
    const later = { ...base, organisation: { ...base.organisation, staff: 8 } };
    listeners.forEach((l) => l(singleEstimate(base)));
    listeners.forEach((l) => l(singleEstimate(later)));
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(replaceState).toHaveBeenCalledExactlyOnceWith({ kept: true }, '', `/embed/?${encodeState(later)}#totals`);
    expect(items.get(STORAGE_KEY)).toBe(encodeState(later));
  });

  test('an embed writes the address but nothing to storage', () => {
    const items = stubStorage();
    syncState(subscribe, false, [], 250);
    listeners.forEach((l) => l(singleEstimate(base)));
    vi.advanceTimersByTime(250);
    expect(replaceState).toHaveBeenCalledOnce();
    expect(items.size).toBe(0);
  });

  test('a full or blocked storage does not stop the address from being written, and is noted once', () => {
    $storageRefused.set(false);
    stubStorage(null, true);
    syncState(subscribe, true, [], 250);
    listeners.forEach((l) => l(singleEstimate(base)));
    expect(() => vi.advanceTimersByTime(250)).not.toThrow();
    expect(replaceState).toHaveBeenCalledOnce();
    expect($storageRefused.get()).toBe(true);
  });

  test('while storage is not to be used (a shared link beside the own estimate), only the address is written', () => {
    const items = stubStorage('v=2&g=77.1...');
    let useStorage = false;
    syncState(subscribe, () => useStorage, [], 250);
    listeners.forEach((l) => l(singleEstimate(base)));
    vi.advanceTimersByTime(250);
    expect(items.get(STORAGE_KEY)).toBe('v=2&g=77.1...');
    useStorage = true;
    listeners.forEach((l) => l(singleEstimate(base)));
    vi.advanceTimersByTime(250);
    expect(items.get(STORAGE_KEY)).toBe(encodeState(base));
  });

  test('the write waits for the browser to be idle, so it never delays the frame that shows an edit', () => {
    stubStorage();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void, options: { timeout: number }) => {
      expect(options.timeout).toBe(1000);
      return idle.push(task);
    });
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    syncState(subscribe, true, [], 250);
    listeners.forEach((l) => l(singleEstimate(base)));
    vi.advanceTimersByTime(250);
    expect(replaceState).not.toHaveBeenCalled();
    // An edit while the write waits joins it rather than starting another wait.
    const later = { ...base, organisation: { ...base.organisation, staff: 8 } };
    listeners.forEach((l) => l(singleEstimate(later)));
    vi.advanceTimersByTime(250);
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(replaceState).toHaveBeenCalledExactlyOnceWith({ kept: true }, '', `/embed/?${encodeState(later)}#totals`);
  });

  test('leaving the page writes a pending change at once, and nothing when none is pending', () => {
    const items = stubStorage();
    const events = new EventTarget();
    vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
    vi.stubGlobal('removeEventListener', events.removeEventListener.bind(events));
    const stop = syncState(subscribe, true, [], 250);
    listeners.forEach((l) => l(singleEstimate(base)));
    events.dispatchEvent(new Event('pagehide'));
    expect(replaceState).toHaveBeenCalledOnce();
    expect(items.get(STORAGE_KEY)).toBe(encodeState(base));
    // The throttled write that was pending has nothing left to do.
    vi.advanceTimersByTime(1000);
    events.dispatchEvent(new Event('pagehide'));
    expect(replaceState).toHaveBeenCalledOnce();
    // Once stopped, a change still pending is dropped, leaving or not.
    listeners.forEach((l) => l(singleEstimate(base)));
    stop();
    events.dispatchEvent(new Event('pagehide'));
    expect(replaceState).toHaveBeenCalledOnce();
  });

  test('stopping unsubscribes and drops a pending write', () => {
    stubStorage();
    const stop = syncState(subscribe, true, [], 250);
    listeners.forEach((l) => l(singleEstimate(base)));
    stop();
    vi.advanceTimersByTime(1000);
    expect(listeners).toEqual([]);
    expect(replaceState).not.toHaveBeenCalled();
  });
});
