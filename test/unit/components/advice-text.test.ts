import { describe, expect, test } from 'vitest';
import { NEEDS_PRESETS } from '../../../src/data/advisor-presets';
import { advise, type AdvisorInput } from '../../../src/lib/pricing';
import { changeText, figureText, reasonText } from '../../../src/components/advice-text';
import { advisor as t } from '../../../src/i18n/en/advisor';

const preset = (id: string) => NEEDS_PRESETS.find((p) => p.id === id)!;
const group = (id: string, presetId: string, people: number) =>
  ({ id, name: id, people, grantEligible: preset(presetId).grantEligible, needs: preset(presetId).needs, current: 'm365-business-premium' });
const on = (groups: AdvisorInput['groups']): AdvisorInput => ({ groups, channel: 'direct', asOf: '2026-11-23', term: 'annual-yearly' });

describe('the advice in English words', () => {
  test('one line per group for the worked example: office, frontline and volunteers', () => {
    const advice = advise(on([group('office', 'office-staff', 8), group('frontline', 'frontline-staff', 20), group('volunteers', 'volunteers-mailbox', 40)]));
    expect(advice.groups.map((g) => reasonText(t, g))).toEqual([
      'Microsoft 365 Business Standard: the cheapest plan with web apps and e-mail plus the desktop apps.',
      'Microsoft 365 Business Basic: it has web apps and e-mail, all they need, and it is granted free to staff.',
      'Office 365 E1: the cheapest plan with web apps and e-mail.',
    ]);
    const names = new Map([['office', 'Office'], ['frontline', 'Frontline'], ['volunteers', 'Volunteers']]);
    expect(changeText(t, names, advice.groups, advice.runnerUp!.groups)).toBe('Volunteers on Microsoft 365 Business Standard');
  });

  test('a split names both parts and the limit: 300 on the Business Basic grant, the other 100 on Office 365 E1', () => {
    const advice = advise(on([group('staff', 'frontline-staff', 400)]));
    expect(reasonText(t, advice.groups[0]!)).toBe(
      '300 on the Microsoft 365 Business Basic grant, the other 100 on Office 365 E1: the free grant covers no more people, and Office 365 E1 is the next cheapest with web apps and e-mail.',
    );
  });

  test('guests need no licence; a need no priced plan meets names what to ask a partner about', () => {
    const guests = advise(on([group('helpers', 'volunteers-guests', 12)]));
    expect(reasonText(t, guests.groups[0]!)).toBe('Guests: they need no licence, so they are invited free with their own Microsoft account.');
    const unpriced = { ...guests.groups[0]!, needs: ['phone-and-bi'] as const, reason: { code: 'no-priced-plan' as const, people: 5, askPartner: ['m365-e5'] } };
    expect(reasonText(t, unpriced)).toBe('No plan this purchase can price has a phone system and Power BI, so 5 people stay without a licence. Microsoft 365 E5 would do: ask a partner for its price.');
  });

  test('an uncertain figure in words', () => {
    expect(figureText(t, { product: 'm365-e5', figure: 'price', confidence: 'low' })).toBe('the nonprofit price of Microsoft 365 E5');
    expect(figureText(t, { figure: 'surcharge', confidence: 'medium' })).toBe('the surcharge for paying an annual term monthly');
  });
});
