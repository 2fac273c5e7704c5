import { atom, computed } from 'nanostores';
import { describe, expect, test } from 'vitest';
import { watchStore } from '../../../src/components/use-store';

describe('watchStore', () => {
  test('asks for a re-render in the same task the store changes, once per change', () => {
    const $count = atom(1);
    let renders = 0;
    const stop = watchStore($count, 1, () => renders++);
    $count.set(2);
    expect(renders).toBe(1);
    $count.set(2);
    $count.set(3);
    expect(renders).toBe(2);
    stop();
  });

  test('catches up with a change made between the render and the subscription', () => {
    const $count = atom(1);
    const seen = $count.get();
    $count.set(5);
    let renders = 0;
    const stop = watchStore($count, seen, () => renders++);
    expect(renders).toBe(1);
    stop();
  });

  test('follows a computed store, and stops asking after it is stopped', () => {
    const $count = atom(1);
    const $double = computed($count, (count) => count * 2);
    let renders = 0;
    const stop = watchStore($double, $double.get(), () => renders++);
    $count.set(2);
    expect(renders).toBe(1);
    stop();
    $count.set(3);
    expect(renders).toBe(1);
  });
});
