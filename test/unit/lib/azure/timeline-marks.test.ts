import { describe, expect, test } from 'vitest';
import { planGrant, planOpen, timelineMarks, type OpenInput } from '../../../../src/lib/azure';

const asOf = '2026-11-22';
const oneKey = (spend: string): OpenInput => ({ spend: [spend], keys: [{ units: 10, purchased: asOf, activated: asOf }], threshold: null });

describe('timelineMarks', () => {
  test('marks nothing when neither subscription is planned', () => {
    expect(timelineMarks(null, null)).toEqual([]);
  });

  test('marks the first month of each grant year, including the one the plan starts in', () => {
    const grant = planGrant(asOf, { start: '2026-03-01', usedSoFar: '0', spend: ['10'] });
    expect(timelineMarks(grant, null)).toEqual([0, 4, 16]);
  });

  test('marks the month after a key expired with credit left', () => {
    const open = planOpen(asOf, oneKey('50'));
    expect(open.months[11]!.expired).toBe('400.00');
    expect(timelineMarks(null, open)).toEqual([12]);
  });

  test('marks the month in which services are suspended, not the months they stay suspended', () => {
    const open = planOpen(asOf, oneKey('150'));
    expect(open.suspensions.map((s) => s.from)).toEqual(['2027-06-11']);
    expect(timelineMarks(null, open)).toEqual([6]);
  });

  test('with both subscriptions, marks each month once, in order', () => {
    const grant = planGrant(asOf, { start: asOf, usedSoFar: '0', spend: ['10'] });
    const open = planOpen(asOf, oneKey('50'));
    expect(timelineMarks(grant, open)).toEqual([0, 12]);
  });
});
