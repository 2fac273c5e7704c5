import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { encodeState } from '../../../src/lib/address';
import { defaultState, singleEstimate } from '../../../src/lib/state';
import { $notices, $noticeSource, $state } from '../../../src/stores/calculator';
import {
  $deleted, $saved, $undo, ESTIMATES_KEY, backToOwn, deleteEstimate, keepOpened, loadSaved, openEstimate, renameEstimate, saveEstimate, startOver,
  undoDelete, undoStartOver,
} from '../../../src/stores/estimates';
import { $ownEstimate, STORAGE_KEY } from '../../../src/stores/persistence';

const base = defaultState('2026-11-22');
const items = new Map<string, string>();

beforeEach(() => {
  items.clear();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
  vi.stubGlobal('navigator', { languages: ['nb-NO'] });
  loadSaved();
  $saved.set([]);
  $deleted.set(null);
  $ownEstimate.set(null);
  $state.set(base);
});

afterEach(() => vi.unstubAllGlobals());

describe('named estimates', () => {
  test('saving keeps the link\'s query under a name, in storage, newest first', () => {
    $state.set({ ...base, groups: [{ ...base.groups[0]!, people: 12 }] });
    expect(saveEstimate('Board, spring')).toBeNull();
    expect(saveEstimate('  ')).toBe('no-name');
    expect($saved.get().map((e) => [e.name, e.query])).toEqual([['Board, spring', encodeState($state.get())]]);
    expect(JSON.parse(items.get(ESTIMATES_KEY)!)).toHaveLength(1);
  });

  test('opening reads the query as a link does: a damaged part is told in notices from the saved estimate', () => {
    saveEstimate('Old', 'v=2&c=zz&g=5.1.m365-e3..Office');
    openEstimate($saved.get()[0]!.id);
    expect($state.get().groups.map((g) => [g.name, g.people])).toEqual([['Office', 5]]);
    expect($notices.get()).toEqual([{ code: 'bad-value', key: 'c', value: 'zz', kept: 'direct' }]);
    expect($noticeSource.get()).toBe('saved');
  });

  test('renaming and deleting change the stored list', () => {
    saveEstimate('One');
    saveEstimate('Two');
    const [two, one] = $saved.get();
    renameEstimate(two!.id, 'Second');
    deleteEstimate(one!.id);
    expect(JSON.parse(items.get(ESTIMATES_KEY)!).map((e: { name: string }) => e.name)).toEqual(['Second']);
  });

  test('Undo puts the estimate deleted last back in its place, in storage too, once', () => {
    saveEstimate('One');
    saveEstimate('Two');
    saveEstimate('Three');
    const before = $saved.get();
    deleteEstimate(before[1]!.id);
    expect($saved.get().map((e) => e.name)).toEqual(['Three', 'One']);
    expect(undoDelete()).toBe(before[1]!.id);
    expect($saved.get()).toEqual(before);
    expect(JSON.parse(items.get(ESTIMATES_KEY)!).map((e: { name: string }) => e.name)).toEqual(['Three', 'Two', 'One']);
    expect(undoDelete()).toBeNull();
    expect($saved.get()).toEqual(before);
  });
});

describe('a shared estimate beside the own one', () => {
  test('keeping the shared one first saves the own one under a name, then remembers the shared one', () => {
    const own = encodeState({ ...base, groups: [{ ...base.groups[0]!, people: 77 }] });
    $ownEstimate.set({ query: own, opened: singleEstimate(base) });
    expect(keepOpened('Mine before the link')).toBe(true);
    expect($saved.get().map((e) => [e.name, e.query])).toEqual([['Mine before the link', own]]);
    expect(items.get(STORAGE_KEY)).toBe(encodeState(base));
    expect($ownEstimate.get()).toBeNull();
  });

  test('going back opens the own estimate again', () => {
    const own = encodeState({ ...base, groups: [{ ...base.groups[0]!, people: 77 }] });
    $ownEstimate.set({ query: own, opened: singleEstimate(base) });
    backToOwn();
    expect($state.get().groups.map((g) => g.people)).toEqual([77]);
    expect($ownEstimate.get()).toBeNull();
  });
});

describe('startOver', () => {
  test('clears to the default and Undo puts back exactly what was there', () => {
    const mine = { ...base, organisation: { ...base.organisation, country: 'DE', term: 'monthly' as const }, groups: [{ ...base.groups[0]!, people: 3, name: 'Board' }] };
    $state.set(mine);
    startOver();
    expect($state.get().groups.map((g) => g.people)).toEqual([25, 40]);
    expect($state.get().organisation.country).toBe('NO');
    expect($undo.get()?.before.scenarios[0]!.state).toBe(mine);
    undoStartOver();
    expect($state.get()).toBe(mine);
    expect($undo.get()).toBeNull();
  });
});
