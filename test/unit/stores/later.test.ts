import { atom, computed } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { later } from '../../../src/stores/later';

/** Animation frames run by hand: `frame()` runs the callbacks asked for before it, as a browser's next frame does. */
let frames: FrameRequestCallback[] = [];
const frame = () => {
  const now = frames;
  frames = [];
  now.forEach((callback) => callback(0));
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a late store', () => {
  test('read while nothing watches it, it is its source as it is now', () => {
    const $source = atom(1);
    const $late = later($source);
    $source.set(2);
    expect($late.get()).toBe(2);
    expect(frames).toHaveLength(0);
  });

  test('watched, it catches up with its source at the start of the frame after the next, once for several changes', () => {
    const $source = atom(1);
    const $late = later($source);
    const seen: number[] = [];
    const stop = $late.listen((value) => seen.push(value));
    $source.set(2);
    $source.set(3);
    expect($late.get()).toBe(1);
    frame();
    expect($late.get()).toBe(1);
    expect(seen).toEqual([]);
    frame();
    expect($late.get()).toBe(3);
    expect(seen).toEqual([3]);
    stop();
  });

  test('late stores catch up together, so what reads two of them is worked out once', () => {
    const $a = atom('a1');
    const $b = atom('b1');
    const $lateA = later($a);
    const $lateB = later($b);
    const runs: string[] = [];
    const $both = computed([$lateA, $lateB], (a, b) => {
      runs.push(`${a}+${b}`);
      return `${a}+${b}`;
    });
    const stop = $both.listen(() => {});
    runs.length = 0;
    $a.set('a2');
    $b.set('b2');
    frame();
    frame();
    expect($both.get()).toBe('a2+b2');
    expect(runs).toEqual(['a2+b2']);
    stop();
  });

  test('a change while a catch-up waits joins it, and nothing is asked of later frames', () => {
    const $source = atom(1);
    const $late = later($source);
    const stop = $late.listen(() => {});
    $source.set(2);
    frame();
    $source.set(3);
    frame();
    expect($late.get()).toBe(3);
    expect(frames).toHaveLength(0);
    stop();
  });

  test('with no frames to wait for (outside a browser), it follows its source at once', () => {
    vi.unstubAllGlobals();
    const $source = atom(1);
    const $late = later($source);
    const stop = $late.listen(() => {});
    $source.set(5);
    expect($late.get()).toBe(5);
    stop();
  });

  test('once nothing watches it, it reads its source again', () => {
    const $source = atom(1);
    const $late = later($source);
    const stop = $late.listen(() => {});
    stop();
    $source.set(4);
    expect($late.get()).toBe(4);
  });
});
