import { describe, expect, test } from 'vitest';
import { groupNames } from '../../../src/components/group-name';
import { organisation } from '../../../src/i18n/en/organisation';
import { numberGroups } from '../../../src/lib/state';

const group = (name: string, grantEligible: boolean) => ({ name, people: 1, grantEligible, suite: null, addOns: [] });

describe('groupNames', () => {
  test("an empty name shows the dictionary's name for its kind of people, once each; the rest are numbered", () => {
    const groups = numberGroups([group('', true), group('', true), group('Board', true), group('', false), group('', false)]);
    expect(groupNames(organisation.groups, groups)).toEqual(['Paid staff and unpaid leaders', 'Group 2', 'Board', 'Volunteers', 'Group 5']);
  });

  test("the user's own name wins, even when it is one of the dictionary's", () => {
    const groups = numberGroups([group('Volunteers', true), group('', false)]);
    expect(groupNames(organisation.groups, groups)).toEqual(['Volunteers', 'Group 2']);
  });
});
