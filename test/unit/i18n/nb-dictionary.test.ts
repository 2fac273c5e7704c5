import { describe, expect, test } from 'vitest';
import { compareWithEnglish, dictionaryPart, englishFiles, HELPER_FILES, partProblems } from '../../support/dictionary-walk';
import { count, plural, wholeMoney } from '../../../src/i18n/nb/count';
import { changeDate } from '../../../src/i18n/nb/change-date';

/**
 * What Norwegian writes exactly as English does: product names, codes and units as Microsoft writes
 * them, and a scenario's default name ("Scenario" is a Norwegian word too); and a message that only
 * arranges words handed to it.
 */
const SAME = { values: new Set(['USD', 'Dynamics 365', 'Power Platform', 'Frontline', 'Scenario 3']), paths: new Set(['sourceWords.trust']) };

describe('the Norwegian dictionary', () => {
  test('has a file for every English file, with the same exports', () => {
    for (const file of englishFiles) expect(Object.keys(dictionaryPart('nb', file) ?? {}).sort(), file).toEqual(Object.keys(dictionaryPart('en', file)!).sort());
  });

  test.each(englishFiles.filter((file) => !HELPER_FILES.has(file)))('%s has every key English has, each in Norwegian words', (file) => {
    expect(partProblems('nb', file, SAME)).toEqual([]);
  });

  test('the walk finds a missing key, an English sentence and an empty string', () => {
    const en = { a: 'Seats', b: { c: (p: { n: number }) => `Key ${p.n}` }, d: 'Products' };
    expect(compareWithEnglish(['part'], en, { a: 'Lisenser', b: { c: () => 'Key 3' }, d: '' }, SAME)).toEqual(['part.b.c: still English, "Key 3"', 'part.d: empty']);
    expect(compareWithEnglish(['part'], en, { a: 'Lisenser', b: {}, e: '' }, SAME)).toEqual(['part: keys a, b, e where English has a, b, d']);
  });

  test('the helpers format the Norwegian way', () => {
    expect(count(1992)).toBe('1\u00a0992');
    expect(plural(1, { one: 'lisens', other: 'lisenser' })).toBe('1 lisens');
    expect(plural(0, { one: 'lisens', other: 'lisenser' })).toBe('0 lisenser');
    expect(wholeMoney('2000')).toBe('2\u00a0000\u00a0USD');
    expect(changeDate('2022-09-01')).toBe('1. september 2022');
    expect(changeDate('2022-09-01', 'short')).toBe('1. sep. 2022');
  });

  test('a grant the other channel lists without a confirming source is not offered as a reason to switch', async () => {
    const { issues } = await import('../../../src/i18n/nb/issues');
    const { organisationIssues } = await import('../../../src/i18n/nb/organisation');
    const params = { grant: 10, channel: 'direct', otherChannel: 'enterprise-agreement', confirmed: false } as const;
    expect(issues['grant-not-in-channel']('m365-business-premium', params)).toBe(
      'Microsoft 365 Business Premium gis ikke som bevilgning ved kjøp direkte eller via en CSP-partner, så her betales alle lisenser til ansatte. En bevilgning på 10 lisenser gjennom en Foretaksavtale er fortsatt oppført, men ingen kilde bekrefter at den gis i dag.',
    );
    expect(organisationIssues['grant-not-in-channel']({ ...params, product: 'm365-business-premium' })).toBe(
      'Microsoft 365 Business Premium gis ikke som bevilgning ved kjøp direkte eller via en CSP-partner, så her betales alle lisenser til ansatte. En bevilgning på 10 lisenser gjennom en Foretaksavtale er fortsatt oppført, men ingen kilde bekrefter at den gis i dag.',
    );
  });
});
