import { describe, expect, test } from 'vitest';
import { encodeGroup, encodeState, readAddress } from '../../../../src/lib/address';
import { MAX_GROUPS } from '../../../../src/lib/pricing';
import { defaultState, MAX_NAME } from '../../../../src/lib/state';
import { ADVISOR_NEEDS } from '../../../../src/data/advisor-presets';
import { NEED_OF_LETTER } from '../../../../src/lib/address/need-codes';

const TODAY = '2026-11-23';
const base = defaultState(TODAY);
const readLink = (query: string) => {
  const { state, notices } = readAddress(query, { today: TODAY, base });
  return { state, notices };
};

describe('share links of format v=2', () => {
  test('carry each group as people.grant.suite.add-ons.name, and the term', () => {
    const group = { id: 'g1', name: 'Office staff', people: 12, grantEligible: true, suite: 'm365-business-premium', addOns: ['power-apps-per-app', 'power-apps-premium'] };
    expect(encodeGroup(group)).toBe('12.1.m365-business-premium.power-apps-per-app,power-apps-premium.Office staff');
    const state = { ...base, organisation: { ...base.organisation, term: 'annual-monthly' as const }, groups: [group] };
    expect(encodeState(state)).toBe('v=2&c=d&d=2026-11-23&t=ym&g=12.1.m365-business-premium.power-apps-per-app%2Cpower-apps-premium.Office%20staff');
    expect(readLink(encodeState(state))).toEqual({ state, notices: [] });
  });

  test('a name may hold dots, ampersands and equals signs: it is the last part and the link escapes it', () => {
    const groups = [{ id: 'g1', name: 'St. John & Co = board', people: 3, grantEligible: false, suite: null, addOns: [] }];
    expect(readLink(encodeState({ ...base, groups })).state.groups).toEqual(groups);
  });

  test('a name loses control and direction characters and is cut to 60 characters', () => {
    const hostile = encodeURIComponent(`\u202eevil\u0000${'x'.repeat(100)}`);
    const [group] = readLink(`v=2&g=1.0..${'.'}${hostile}`).state.groups;
    expect(group?.name).toBe(`evil${'x'.repeat(MAX_NAME - 4)}`);
  });

  test('a damaged group is dropped with a notice; the others are kept', () => {
    const { state, notices } = readLink('v=2&g=5.1.m365-e3..&g=5.2.m365-e3..&g=5.1.power-apps-per-app..&g=5.0..m365-e3.&g=-1.0...&g=3.0.guest..');
    expect(state.groups.map((g) => [g.id, g.people, g.suite])).toEqual([['g1', 5, 'm365-e3'], ['g2', 3, 'guest']]);
    expect(notices.map((n) => [n.code, 'value' in n ? n.value : ''])).toEqual([
      ['bad-value', '5.2.m365-e3..'],
      ['bad-value', '5.1.power-apps-per-app..'],
      ['bad-value', '5.0..m365-e3.'],
      ['bad-value', '-1.0...'],
    ]);
  });

  test('groups beyond MAX_GROUPS are counted in one notice', () => {
    const query = `v=2&${Array.from({ length: MAX_GROUPS + 5 }, () => 'g=1.0...').join('&')}`;
    const { state, notices } = readLink(query);
    expect(state.groups).toHaveLength(MAX_GROUPS);
    expect(notices).toEqual([{ code: 'too-many', key: 'g', count: 5, limit: MAX_GROUPS }]);
  });

  test('an unknown term keeps the calculator\'s own, and the notice names it', () => {
    const { state, notices } = readLink('v=2&t=weekly');
    expect(state.organisation.term).toBe('annual-yearly');
    expect(notices).toEqual([{ code: 'bad-value', key: 't', value: 'weekly', kept: 'annual-yearly' }]);
  });

  test('a product the book does not know costs only itself: its group is kept without it, with a notice', () => {
    const { state, notices } = readLink('v=2&g=12.1.m365-e3.retired-add-on,power-apps-per-app.Office&g=4.0.retired-suite.power-apps-per-app.Field');
    expect(state.groups).toEqual([
      { id: 'g1', name: 'Office', people: 12, grantEligible: true, suite: 'm365-e3', addOns: ['power-apps-per-app'] },
      { id: 'g2', name: 'Field', people: 4, grantEligible: false, suite: null, addOns: ['power-apps-per-app'] },
    ]);
    expect(notices).toEqual([
      { code: 'unknown-product', key: 'g', value: 'retired-add-on' },
      { code: 'unknown-product', key: 'g', value: 'retired-suite' },
    ]);
  });

  test('a link without groups keeps the base\'s; `g=` alone means no groups', () => {
    expect(readLink('v=2&c=ea').state.groups).toEqual(base.groups);
    expect(readLink('v=2&g=').state.groups).toEqual([]);
  });

  test('carry what a group needs as n=index.letters, apart from its g= value', () => {
    const groups = [
      { id: 'g1', name: 'Volunteers', people: 40, grantEligible: false, suite: 'guest', addOns: [] },
      { id: 'g2', name: 'Office.staff', people: 8, grantEligible: true, suite: null, addOns: [], needs: ['mail-and-web-apps', 'desktop-apps'] as const },
    ];
    const query = encodeState({ ...base, groups });
    expect(query).toBe('v=2&c=d&d=2026-11-23&t=y&g=40.0.guest..Volunteers&g=8.1...Office.staff&n=1.md');
    expect(readLink(query)).toEqual({ state: { ...base, groups }, notices: [] });
  });

  test('every need has one letter of its own', () => {
    expect(Object.values(NEED_OF_LETTER).sort()).toEqual([...ADVISOR_NEEDS].sort());
    expect(Object.keys(NEED_OF_LETTER).every((letter) => letter.length === 1)).toBe(true);
  });

  test('an old link opens with no needs', () => {
    expect(readLink('v=2&g=8.1...Office').state.groups).toEqual([{ id: 'g1', name: 'Office', people: 8, grantEligible: true, suite: null, addOns: [] }]);
  });

  test('damaged needs are dropped with a notice; the group and other needs are kept', () => {
    const { state, notices } = readLink('v=2&g=1.1...A&g=2.1...B&g=3.0...C&n=0.m&n=0.d&n=1.mx&n=2.&n=7.m&n=x.m&n=2.pp&n=2.s.c');
    expect(state.groups.map((g) => [g.name, g.needs])).toEqual([['A', ['mail-and-web-apps']], ['B', undefined], ['C', undefined]]);
    expect(notices.map((n) => ('value' in n ? `${n.key}:${n.value}` : n.code))).toEqual(['n:0.d', 'n:1.mx', 'n:2.', 'n:7.m', 'n:x.m', 'n:2.pp', 'n:2.s.c']);
  });

  test('needs follow their g= when a damaged group before it is dropped', () => {
    const { state, notices } = readLink('v=2&g=1.9...Broken&g=2.1...Kept&n=0.m&n=1.d');
    expect(state.groups.map((g) => [g.name, g.needs])).toEqual([['Kept', ['desktop-apps']]]);
    expect(notices).toEqual([{ code: 'bad-value', key: 'g', value: '1.9...Broken' }]);
  });

  test('without g=, needs name the groups the calculator starts from', () => {
    expect(readLink('v=2&n=1.m').state.groups.map((g) => g.needs)).toEqual([undefined, ['mail-and-web-apps']]);
  });
});
