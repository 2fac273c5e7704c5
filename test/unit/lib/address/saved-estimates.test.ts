import { describe, expect, test } from 'vitest';
import { MAX_SAVED, addSaved, readSavedList, removeSaved, renameSaved, restoreSaved, writeSavedList, type SavedEstimate } from '../../../../src/lib/address';

const AT = '2026-11-23T10:00:00.000Z';
const one: SavedEstimate = { id: 'e1', name: 'Board budget', savedAt: AT, query: 'v=2&c=d&g=7.1.m365-e3..' };

describe('readSavedList', () => {
  test('reads back what writeSavedList wrote', () => {
    expect(readSavedList(writeSavedList([one]))).toEqual({ estimates: [one], damaged: false });
  });

  test('no stored list is an empty list, not damage', () => {
    expect(readSavedList(null)).toEqual({ estimates: [], damaged: false });
  });

  test('text that is not JSON, or JSON that is not a list, is damage with nothing kept', () => {
    expect(readSavedList('{"broken"')).toEqual({ estimates: [], damaged: true });
    expect(readSavedList('{"estimates":[]}')).toEqual({ estimates: [], damaged: true });
  });

  test('a damaged entry costs only itself: the readable ones are kept and the list says it was damaged', () => {
    const text = JSON.stringify([one, { id: 'e2', name: 'No query', savedAt: AT }, null, { ...one, id: 'x' }, { ...one, id: 'e3', name: '  Spring\u202e  ' }, { ...one }]);
    expect(readSavedList(text)).toEqual({ estimates: [one, { ...one, id: 'e3', name: 'Spring' }], damaged: true });
  });

  test('keeps at most MAX_SAVED entries', () => {
    const many = Array.from({ length: MAX_SAVED + 3 }, (_, i) => ({ ...one, id: `e${i + 1}` }));
    expect(readSavedList(JSON.stringify(many)).estimates).toHaveLength(MAX_SAVED);
  });
});

describe('addSaved, renameSaved and removeSaved', () => {
  test('a new estimate goes first, with a fresh id and its name cleaned like a group name', () => {
    const list = addSaved([one], '  Spring plan\u0000 ', 'v=2&g=', AT);
    expect(list).toEqual([{ id: 'e2', name: 'Spring plan', savedAt: AT, query: 'v=2&g=' }, one]);
  });

  test('a name that is empty once cleaned is refused, and so is a 51st estimate', () => {
    expect(addSaved([], ' \u200e ', 'v=2', AT)).toBe('no-name');
    const full = Array.from({ length: MAX_SAVED }, (_, i) => ({ ...one, id: `e${i + 1}` }));
    expect(addSaved(full, 'One more', 'v=2', AT)).toBe('full');
  });

  test('renaming changes only the one estimate; removing leaves the others', () => {
    const two = [one, { ...one, id: 'e2', name: 'Other' }];
    expect(renameSaved(two, 'e2', ' Autumn ')).toEqual([one, { ...one, id: 'e2', name: 'Autumn' }]);
    expect(renameSaved(two, 'e2', '')).toBe('no-name');
    expect(removeSaved(two, 'e1')).toEqual([{ ...one, id: 'e2', name: 'Other' }]);
  });
});

describe('restoreSaved', () => {
  const three = [one, { ...one, id: 'e2', name: 'Two' }, { ...one, id: 'e3', name: 'Three' }];

  test('a deleted estimate goes back to its place, with its id', () => {
    const deleted = three[1]!;
    expect(restoreSaved(removeSaved(three, 'e2'), deleted, 1)).toEqual(three);
    expect(restoreSaved(removeSaved(three, 'e1'), one, 0)).toEqual(three);
    // The list shrank since: it goes last.
    expect(restoreSaved([one], three[2]!, 2)).toEqual([one, three[2]]);
  });

  test('an id taken by an estimate saved since gives the restored one a fresh id', () => {
    const deleted = three[2]!;
    const since = addSaved(removeSaved(three, 'e3'), 'Newer', 'v=2', AT);
    if (typeof since === 'string') throw new Error(since);
    expect(since[0]!.id).toBe('e3');
    const back = restoreSaved(since, deleted, 2);
    expect(back).toEqual([since[0], one, { ...deleted, id: 'e4' }, three[1]]);
  });

  test('a full list takes nothing back', () => {
    const full = Array.from({ length: MAX_SAVED }, (_, i) => ({ ...one, id: `e${i + 1}` }));
    expect(restoreSaved(full, { ...one, id: 'e99' }, 0)).toBe('full');
  });
});
