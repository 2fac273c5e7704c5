import { bench, describe } from 'vitest';
import type { AdvisorGroup, AdvisorInput } from '../../src/lib/pricing';
import { WARM, advise } from './engine';

const group = (id: string, people: number, grantEligible: boolean, needs: AdvisorGroup['needs'], current: string | null = null): AdvisorGroup =>
  ({ id, name: id, people, grantEligible, needs, current });

const MAIL = 'mail-and-web-apps', DESKTOP = 'desktop-apps', SECURITY = 'device-security';

/** Ten groups with every kind of need, enough staff to fill the Business family's cap, so grants and caps both bind. */
const tenGroups = (channel: AdvisorInput['channel']): AdvisorInput => ({
  groups: [
    group('board', 9, true, [MAIL, DESKTOP, SECURITY], 'm365-business-premium'),
    group('office', 120, true, [MAIL, DESKTOP], 'm365-business-premium'),
    group('finance', 12, true, [MAIL, DESKTOP, 'compliance'], 'm365-e3'),
    group('frontline', 180, true, [MAIL], 'm365-f3'),
    group('leaders', 15, true, [MAIL, DESKTOP, SECURITY, 'compliance'], 'o365-e3'),
    group('fundraising', 25, true, [MAIL, DESKTOP], 'm365-business-standard'),
    group('volunteers-mailbox', 200, false, [MAIL], 'm365-business-basic'),
    group('volunteers-desk', 40, false, [MAIL, DESKTOP], 'o365-e1'),
    group('phones', 5, true, [MAIL, 'phone-and-bi'], 'm365-e5'),
    group('guests', 300, false, [], 'guest'),
  ],
  channel, asOf: '2026-11-23', renewal: '07-15', term: 'annual-monthly',
});

describe('advisor', () => {
  const direct = tenGroups('direct');
  const agreement = tenGroups('enterprise-agreement');
  bench('advise: 10 groups, direct', () => {
    advise(direct);
  }, WARM);
  bench('advise: 10 groups, Enterprise Agreement', () => {
    advise(agreement);
  }, WARM);
});
